// The one transient message ("Deleted ADR-0007 …  Undo"): one at a time, gone after a while or by hand.

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface ToastMessage {
  message: string;
  action?: ToastAction;
}

export const TOAST_MS = 10_000;

export class Toast {
  current = $state.raw<ToastMessage | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #ms: number;

  constructor(ms = TOAST_MS) {
    this.#ms = ms;
  }

  /** Replaces whatever is showing. */
  show(message: string, action?: ToastAction): void {
    clearTimeout(this.#timer);
    this.current = action ? { message, action } : { message };
    this.#timer = setTimeout(() => (this.current = null), this.#ms);
  }

  dismiss(): void {
    clearTimeout(this.#timer);
    this.current = null;
  }

  /** Runs the action once and closes the toast. */
  act(): void {
    const action = this.current?.action;
    this.dismiss();
    action?.run();
  }
}
