// One autosave for every editor: edits merge per record, wait for a pause, go out one at a time, and failures are kept and retried.
import { mostUrgent, saved, type SaveStatus } from './save-state.ts';

export interface AutosaveDeps<P extends object, R> {
  /** Sends a record's merged edits; resolves with what the host stored. */
  save: (id: string, patch: P) => Promise<R>;
  /** What the host stored; edits made meanwhile are still pending (lay `pending(id)` over it). */
  saved: (id: string, stored: R) => void;
  /** Why these edits cannot be saved yet (they are kept, not sent, until the next edit), or null. */
  problem?: (id: string, patch: P) => string | null;
  /** The pause after the last edit before saving. */
  delay?: number;
  /** The waits before each retry of a failed save; the last one repeats. */
  retryDelays?: readonly number[];
}

export const SAVE_DELAY_MS = 400;
export const RETRY_DELAYS_MS: readonly number[] = [2_000, 5_000, 15_000, 30_000];

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class Autosave<P extends object, R = unknown> {
  status = $state.raw<SaveStatus>(saved);
  // Bookkeeping only: the edits are already in the editor's reactive state; `status` is what renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Map<string, P>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #problems = new Map<string, string>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #writes = new Set<Promise<unknown>>();
  #failure: string | null = null;
  #failures = 0;
  #sending = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #chain: Promise<void> = Promise.resolve();
  readonly #deps: AutosaveDeps<P, R>;

  constructor(deps: AutosaveDeps<P, R>) {
    this.#deps = deps;
  }

  /** Whether any edit has not reached the workspace yet. */
  get unsaved(): boolean {
    return this.#pending.size > 0;
  }

  /** A record's edits not saved yet, if any. */
  pending(id: string): P | undefined {
    return this.#pending.get(id);
  }

  /** Adds edits to a record's pending ones and (re)starts the pause before saving. */
  queue(id: string, patch: P): void {
    this.#pending.set(id, { ...this.#pending.get(id), ...patch });
    this.#schedule(this.#deps.delay ?? SAVE_DELAY_MS);
    this.#update();
  }

  /** Forgets the edits of a record that no longer exists. */
  drop(id: string): void {
    this.#pending.delete(id);
    this.#problems.delete(id);
    this.#update();
  }

  /** Saves everything pending now; resolves once every save and write so far has finished. It never rejects. */
  async flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#chain = this.#chain.then(() => this.#saveAll());
    await Promise.all([this.#chain, ...[...this.#writes].map((w) => w.catch(() => undefined))]);
  }

  /** A one-off host write (create, delete, status…): counted as saving while under way, flushed on exit, not retried. */
  async write<T>(run: () => Promise<T>): Promise<T> {
    const promise = run();
    this.#writes.add(promise);
    this.#update();
    try {
      return await promise;
    } finally {
      this.#writes.delete(promise);
      this.#update();
    }
  }

  async #saveAll(): Promise<void> {
    for (const id of [...this.#pending.keys()]) {
      // Read now, not from a copy: edits typed while an earlier record was saving belong in this save.
      const patch = this.#pending.get(id);
      if (!patch) continue;
      const problem = this.#deps.problem?.(id, patch) ?? null;
      if (problem) this.#problems.set(id, problem);
      else this.#problems.delete(id);
      if (problem) continue;
      this.#pending.delete(id);
      this.#sending = true;
      this.#update();
      try {
        // A snapshot: reactive proxies cannot cross IPC.
        this.#deps.saved(id, await this.#deps.save(id, $state.snapshot(patch) as P));
      } catch (e) {
        // Keep what the user wrote, under anything typed since, and try again after a while.
        this.#pending.set(id, { ...patch, ...this.#pending.get(id) });
        this.#failure = messageOf(e);
        const delays = this.#deps.retryDelays ?? RETRY_DELAYS_MS;
        this.#schedule(delays[Math.min(this.#failures, delays.length - 1)] ?? 0);
        this.#failures += 1;
        return;
      } finally {
        this.#sending = false;
        this.#update();
      }
    }
    this.#failure = null;
    this.#failures = 0;
    this.#update();
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), ms);
  }

  #update(): void {
    const [problem] = this.#problems.values();
    this.status = mostUrgent([
      this.#pending.size > 0 ? { state: 'unsaved', message: null } : saved,
      this.#failure === null ? saved : { state: 'retrying', message: this.#failure },
      problem === undefined ? saved : { state: 'not-saved', message: problem },
      this.#sending || this.#writes.size > 0 ? { state: 'saving', message: null } : saved,
    ]);
  }
}
