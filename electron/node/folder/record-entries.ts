// The folder's record entries by file name, kept in file-name order for the list and with the unreadable ones apart,
// so neither the list nor the status sent with every save sorts or scans twenty thousand records.
import type { RecordEntry } from './record-entry.ts';

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export type ChangeKind = 'added' | 'changed' | 'removed';

export class RecordEntries {
  readonly #byFile = new Map<string, RecordEntry>();
  /** The entries in file-name order, until one is added or removed. */
  #sorted: RecordEntry[] | null = null;
  readonly #unreadable = new Set<string>();
  /** A row learned since the cache was last written could spare the next open a read. */
  cacheStale = false;
  /** Counts the entries set or removed: what is built from the list is kept while this stays the same. */
  #revision = 0;

  get revision(): number {
    return this.#revision;
  }

  list(): RecordEntry[] {
    this.#sorted ??= [...this.#byFile.values()].sort(byFile);
    return this.#sorted;
  }

  unreadable(): RecordEntry[] {
    return [...this.#unreadable].map((file) => this.#byFile.get(file)!).sort(byFile);
  }

  get(file: string): RecordEntry | undefined {
    return this.#byFile.get(file);
  }

  values(): IterableIterator<RecordEntry> {
    return this.#byFile.values();
  }

  set(entry: RecordEntry): void {
    this.#revision++;
    const known = this.#byFile.get(entry.file);
    this.#byFile.set(entry.file, entry);
    if (!known) this.#sorted = null;
    // A replaced entry keeps its place: a save costs a search of the list, not a sort of it.
    else if (this.#sorted) this.#sorted[this.#sorted.indexOf(known)] = entry;
    if (entry.unreadable === null) this.#unreadable.delete(entry.file);
    else this.#unreadable.add(entry.file);
  }

  delete(file: string): void {
    if (!this.#byFile.delete(file)) return;
    this.#revision++;
    this.#unreadable.delete(file);
    this.#sorted = null;
  }

  /** What a read found (null: the file is gone) replaces what was known; says what changed, if anything. */
  learn(file: string, now: RecordEntry | null): ChangeKind | null {
    const known = this.#byFile.get(file);
    if (now === null) {
      this.delete(file);
      return known ? 'removed' : null;
    }
    if (known?.version === now.version) {
      // The same text, now with a stamp that vouches for it: the next open may skip reading it.
      if (now.stamp && !known.stamp) {
        known.stamp = now.stamp;
        this.cacheStale = true;
      }
      return null;
    }
    this.set(now);
    if (now.stamp) this.cacheStale = true;
    return known ? 'changed' : 'added';
  }
}
