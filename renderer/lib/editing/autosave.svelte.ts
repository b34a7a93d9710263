// One autosave for every editor: edits merge per record, wait for a pause, go out one at a time with the version they
// are based on; failures are kept and retried, conflicts are held until the user chooses.
import { mostUrgent, saved, type SaveStatus } from './save-state.ts';

export interface AutosaveDeps<P extends object, R> {
  /** Sends a record's merged edits and the version they are based on; resolves with what the host stored. */
  save: (id: string, patch: P, base: string | null) => Promise<R>;
  /** What the host stored (or its conflict); edits made meanwhile are still pending (lay `pending(id)` over it). */
  saved: (id: string, stored: R) => void;
  /** The version a record's first edit is based on: the one on screen (none where records have no versions). */
  baseOf?: (id: string) => string | null;
  /** The version the host stored: edits typed while it saved are based on it. */
  versionOf?: (stored: R) => string | null;
  /** Why the host refused the edits because the record changed under them, or null; they are then held. */
  conflictOf?: (stored: R) => string | null;
  /** Why these edits cannot be saved yet (they are kept, not sent, until the next edit), or null; it may first load
   * what it checks with. */
  problem?: (id: string, patch: P) => string | null | Promise<string | null>;
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
  /** Records with edits not saved yet, and those of them held by a conflict: for components to show. */
  unsavedIds = $state.raw<readonly string[]>([]);
  conflictIds = $state.raw<readonly string[]>([]);
  // Bookkeeping only: the edits are already in the editor's reactive state; `status` is what renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #pending = new Map<string, P>();
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #problems = new Map<string, string>();
  /** The version each record's pending (or in-flight) edits are based on. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #bases = new Map<string, string | null>();
  /** Records whose edits met a newer version on disk: held, not sent, until `retry` or `drop`. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #conflicts = new Map<string, string>();
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
    if (!this.#bases.has(id)) this.#bases.set(id, this.#deps.baseOf?.(id) ?? null);
    this.#pending.set(id, { ...this.#pending.get(id), ...patch });
    this.#schedule(this.#deps.delay ?? SAVE_DELAY_MS);
    this.#update();
  }

  /** Whether a record's edits are held because its file changed under them. */
  conflicted(id: string): boolean {
    return this.conflictIds.includes(id);
  }

  /** Forgets a record's edits: it no longer exists, or a conflict was settled by writing a whole text. */
  drop(id: string): void {
    this.#pending.delete(id);
    this.#problems.delete(id);
    this.#bases.delete(id);
    this.#conflicts.delete(id);
    this.#update();
  }

  /** Sends held edits again on the same base: the host answers with a fresh conflict, or saves if the disk went back. */
  retry(id: string): Promise<void> {
    this.#conflicts.delete(id);
    return this.flush();
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
      if (!patch || this.#conflicts.has(id)) continue;
      const problem = (await this.#deps.problem?.(id, patch)) ?? null;
      // More was typed (or the record dropped) while the check loaded: the save queue() scheduled sends it all.
      if (this.#pending.get(id) !== patch) continue;
      if (problem) this.#problems.set(id, problem);
      else this.#problems.delete(id);
      if (problem) continue;
      this.#pending.delete(id);
      this.#sending = true;
      this.#update();
      try {
        // A snapshot: reactive proxies cannot cross IPC.
        const stored = await this.#deps.save(id, $state.snapshot(patch) as P, this.#bases.get(id) ?? null);
        if (this.#settle(id, patch, stored)) this.#deps.saved(id, stored);
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

  /** Books a save's answer; false for a conflict met while more was typed, which goes out again with it. */
  #settle(id: string, sent: P, stored: R): boolean {
    const conflict = this.#deps.conflictOf?.(stored) ?? null;
    const typedSince = this.#pending.has(id);
    if (conflict === null) {
      if (typedSince) this.#bases.set(id, this.#deps.versionOf?.(stored) ?? null);
      else this.#bases.delete(id);
      return true;
    }
    // Nothing was written: keep every edit on the old base, so the conflict the user sees covers all of them.
    this.#pending.set(id, { ...sent, ...this.#pending.get(id) });
    if (typedSince) return false;
    this.#conflicts.set(id, conflict);
    return true;
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), ms);
  }

  #update(): void {
    const [problem] = this.#problems.values();
    const [conflict] = this.#conflicts.values();
    this.unsavedIds = [...this.#pending.keys()];
    this.conflictIds = [...this.#conflicts.keys()];
    this.status = mostUrgent([
      this.#pending.size > 0 ? { state: 'unsaved', message: null } : saved,
      this.#failure === null ? saved : { state: 'retrying', message: this.#failure },
      problem === undefined ? saved : { state: 'not-saved', message: problem },
      conflict === undefined ? saved : { state: 'conflict', message: conflict },
      this.#sending || this.#writes.size > 0 ? { state: 'saving', message: null } : saved,
    ]);
  }
}
