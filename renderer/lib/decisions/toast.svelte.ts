// One transient message at a time ("Deleted ADR-0007…  Undo"), dismissed after a while or by hand.

export interface Toast {
  message: string;
  action?: { label: string; run: () => void };
}

export class ToastState {
  current = $state<Toast | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly ms = 10_000) {}

  show(message: string, action?: Toast['action']): void {
    clearTimeout(this.#timer);
    this.current = action ? { message, action } : { message };
    this.#timer = setTimeout(() => (this.current = null), this.ms);
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
