// A decision folder opened under lock: each record's version and list row kept (through the row cache), its text read
// when asked for, written durably only after a version check.
import { mkdir, readdir, rm, stat, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../common/errors.ts';
import { DurableTextFile, removeStaleTempFiles } from '../store/durable-file.ts';
import { openFailure, writeFailure } from '../store/write-failure.ts';
import { RecordConflictError } from './record-conflict.ts';
import { acquireLock, type LockFs, type WorkspaceLock } from '../store/lock.ts';
import { StatusBox, type SaveStatus, type StatusListener } from '../store/status-box.ts';
import { ensureMetaFolder, metaPaths, type MetaPaths } from './meta-folder.ts';
import { RecordBackups } from './record-backups.ts';
import { readSnapshot, type RecordSnapshot } from './record-snapshot.ts';
import { watchFolder, type FolderEvent, type FolderWatcher } from './folder-watcher.ts';
import { readAdrFileSync, type StampedAdrFileRead } from '../adr-files/read-adr-file.ts';
import { cacheableRows, readFolderEntries } from './folder-entries.ts';
import { RecordEntries, type ChangeKind } from './record-entries.ts';
import { entryOfRead, entryOfText, type RecordEntry } from './record-entry.ts';
import { rowCacheName, saveRowCache } from './row-cache.ts';

export interface FolderStoreOptions {
  /** Which Markdown file names are decision records (README, index and templates are not). */
  isRecordFile: (name: string) => boolean;
  now?: () => Date;
  /** Reload files that git or another editor changes (default true). */
  watch?: boolean;
  /** How the lock file is created; tests pass a full disk. */
  lockFs?: LockFs;
  /** How one record file is read; tests count the reads through it. */
  readFile?: (path: string) => StampedAdrFileRead;
  /** How a record's text is written durably; tests hold a write back. */
  writeText?: (path: string, text: string, beforeReplacing: Promise<unknown>) => Promise<void>;
  /** How long a write may take before the status says "saving" (default 250 ms). */
  savingShownAfterMs?: number;
}

const writeDurably = (path: string, text: string, beforeReplacing: Promise<unknown>) =>
  new DurableTextFile(path).write(text, beforeReplacing);

export type RecordChange = { kind: ChangeKind; file: string };
export type RecordsListener = (change: RecordChange) => void;

export class FolderStore {
  readonly dir: string;
  readonly meta: MetaPaths;
  readonly #options: FolderStoreOptions;
  readonly #records = new RecordEntries();
  readonly #read: (path: string) => StampedAdrFileRead;
  readonly #cacheFile: string;
  /** The row cache being written, awaited on close. */
  #cacheWrite: Promise<void> = Promise.resolve();
  readonly #backups: RecordBackups;
  readonly #status = new StatusBox({ state: 'saved' });
  readonly #listeners = new Set<RecordsListener>();
  #lock: WorkspaceLock | null;
  #watcher: FolderWatcher | null = null;
  /**
   * Writes (and reads, which learn what they find) run one after another, so a version check and its write are never
   * interleaved with another write, and a read never overtakes a write asked for before it.
   */
  #writing: Promise<unknown> = Promise.resolve();

  private constructor(dir: string, lock: WorkspaceLock, options: FolderStoreOptions) {
    this.dir = dir;
    this.meta = metaPaths(dir);
    this.#options = options;
    this.#lock = lock;
    this.#backups = new RecordBackups(this.meta.backups, options.now ?? (() => new Date()));
    this.#read = options.readFile ?? readAdrFileSync;
    this.#cacheFile = join(this.meta.cache, rowCacheName);
  }

  /** Opens the folder (creating it and `.tradeoff-atlas/` when missing); reading writes no record. */
  static async open(dir: string, options: FolderStoreOptions): Promise<FolderStore> {
    const meta = metaPaths(dir);
    // A failed open leaves the disk as it found it: the folders it made go again (with the lock), nothing else does.
    // The outermost folder missing before is the one to remove: everything under it is what the open made.
    const created = (await exists(dir)) ? ((await exists(meta.root)) ? null : meta.root) : dir;
    let lock: WorkspaceLock;
    try {
      await mkdir(dir, { recursive: true });
      await ensureMetaFolder(meta);
      lock = await acquireLock(meta.root, options.now, options.lockFs);
    } catch (error) {
      if (created) await rm(created, { recursive: true, force: true });
      throw openFailure(dir, error);
    }
    const store = new FolderStore(dir, lock, options);
    try {
      await store.#readFolder();
      if (options.watch ?? true) store.#watcher = watchFolder(dir, (event) => void store.#onDiskEvent(event));
      return store;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** Every record file, by file name: versions and rows, no text. */
  list(): RecordEntry[] {
    return this.#records.list();
  }

  /** Changes whenever an entry of the list is set or removed. */
  get revision(): number {
    return this.#records.revision;
  }

  /** The files that could not be read, by file name. */
  unreadable(): RecordEntry[] {
    return this.#records.unreadable();
  }

  get(file: string): RecordEntry | undefined {
    return this.#records.get(file);
  }

  /**
   * The file's text as it is on disk now (null when it is gone), after the writes already asked for. What it finds
   * replaces what the folder knew, as a change seen by the watcher would.
   */
  read(file: string): Promise<RecordSnapshot | null> {
    // A name from a page is looked up, never followed: only the folder's own record files are read.
    return this.#serial(async () => (this.#isRecordName(file) ? this.#readNow(file) : null));
  }

  /** Every record file's text as it is on disk now, by file name; unreadable ones with a null text. */
  readAll(): Promise<RecordSnapshot[]> {
    return this.#serial(async () => {
      const read: RecordSnapshot[] = [];
      for (const [i, entry] of this.list().entries()) {
        // A pause now and then lets the host answer meanwhile.
        if (i > 0 && i % 256 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
        const snapshot = this.#readNow(entry.file);
        if (snapshot) read.push(snapshot);
      }
      return read;
    });
  }

  get status(): SaveStatus {
    return this.#status.current;
  }

  subscribe(listener: StatusListener): () => void {
    return this.#status.subscribe(listener);
  }

  /** Tells `listener` of each record file added, changed or removed on disk by someone else. */
  onRecords(listener: RecordsListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Replaces a record's text, provided the file on disk is still the version the edit was based on
   * (`baseVersion`; null for a file that must not exist yet). Otherwise throws RecordConflictError and writes nothing.
   */
  write(file: string, text: string, baseVersion: string | null): Promise<RecordSnapshot> {
    return this.#serial(async () => {
      this.#checkName(file);
      const disk = await readSnapshot(join(this.dir, file), file);
      if (disk?.unreadable)
        throw new AppError('conflict', `${file} cannot be read (${disk.unreadable}), so it is never overwritten.`);
      if ((disk?.version ?? null) !== baseVersion) throw new RecordConflictError(file, disk?.text ?? null);
      // The old text's backup is written while the new text goes to its temp file: the file is replaced once both
      // are on disk, and not at all if the backup fails.
      const backup = disk?.text != null ? this.#backups.keep(file, disk.text) : Promise.resolve();
      backup.catch(() => undefined);
      await this.#durably(file, () => (this.#options.writeText ?? writeDurably)(join(this.dir, file), text, backup));
      await backup;
      const saved = entryOfText(file, text);
      this.#records.set(saved);
      return { file, text, unreadable: null, version: saved.version };
    });
  }

  /** Moves a record into the backups (so it can be restored) after the same version check as a write. */
  remove(file: string, baseVersion: string): Promise<string> {
    return this.#serial(async () => {
      this.#checkName(file);
      const disk = await readSnapshot(join(this.dir, file), file);
      if (!disk || disk.version !== baseVersion) throw new RecordConflictError(file, disk?.text ?? null);
      const kept = await this.#backups.keep(file, disk.text ?? '');
      await this.#durably(file, () => unlink(join(this.dir, file)));
      this.#records.delete(file);
      return kept;
    });
  }

  /** Saves nothing pending (every write is awaited by its caller) and releases the lock and the watcher. */
  async close(): Promise<void> {
    await this.#writing.catch(() => undefined);
    await this.#watcher?.close();
    this.#watcher = null;
    if (this.#records.cacheStale) this.#saveCache();
    await this.#cacheWrite;
    await this.#backups.settled();
    this.#lock?.release();
    this.#lock = null;
  }

  async #readFolder(): Promise<void> {
    const entries = await readdir(this.dir, { withFileTypes: true });
    const names = entries
      .filter((entry) => entry.isFile() && this.#options.isRecordFile(entry.name))
      .map((entry) => entry.name);
    // We hold the lock, so temp files beside the records are a crashed writer's leftovers. Each clean-up lists the
    // folder, so it runs only for records that have one: thousands of listings of thousands of files took a minute.
    const temps = entries.filter((entry) => entry.name.endsWith('.tmp')).map((entry) => entry.name);
    const withTemps = names.filter((name) => temps.some((temp) => temp.startsWith(`.${name}.`)));
    await Promise.all(withTemps.map((name) => removeStaleTempFiles(join(this.dir, name))));
    const read = await readFolderEntries(this.dir, names, { cacheFile: this.#cacheFile, readFile: this.#read });
    for (const entry of read.entries.values()) this.#records.set(entry);
    if (read.cacheMissed) this.#saveCache();
  }

  /** Writes the row cache in the background; one that cannot be written only costs the next open its speed. */
  #saveCache(): void {
    this.#records.cacheStale = false;
    const rows = cacheableRows(this.#records.values());
    // Files modified moments ago vouch for nothing yet: an empty cache would spare the next open nothing.
    if (rows.length === 0) return;
    this.#cacheWrite = this.#cacheWrite.then(() => saveRowCache(this.#cacheFile, rows).catch(() => undefined));
  }

  #readNow(file: string): RecordSnapshot | null {
    const readAt = Date.now();
    const read = this.#read(join(this.dir, file));
    const entry = entryOfRead(file, read, readAt);
    const change = this.#records.learn(file, entry);
    if (change) this.#emit({ kind: change, file });
    if (!entry) return null;
    return { file, text: read.ok ? read.text : null, unreadable: entry.unreadable, version: entry.version };
  }

  async #onDiskEvent(event: FolderEvent): Promise<void> {
    if (!this.#options.isRecordFile(event.file)) return;
    // After our own writes, so an event caused by them finds the text we wrote and is ignored.
    await this.#serial(async () => void this.#readNow(event.file));
  }

  /** A name from a page or a command line never leads out of the folder, nor to a file that is not a record. */
  #checkName(file: string): void {
    if (!this.#isRecordName(file))
      throw new AppError(
        'bad-request',
        `"${file}" is not the name of a decision file in this folder; nothing was written.`,
      );
  }

  #isRecordName(file: string): boolean {
    return basename(file) === file && this.#options.isRecordFile(file);
  }

  #emit(change: RecordChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  #serial<R>(work: () => Promise<R>): Promise<R> {
    const next = this.#writing.catch(() => undefined).then(work);
    this.#writing = next;
    return next;
  }

  /**
   * A write that ends within a moment is not announced: the page that asked hears of it in the answer, and a status
   * pushed as "saving" and then "saved" around every autosave kept "saved" from showing until the second push arrived.
   * A slow write (a network drive) says "saving" while it lasts.
   */
  async #durably(file: string, write: () => Promise<void>): Promise<void> {
    const announce = setTimeout(() => this.#status.set({ state: 'saving' }), this.#options.savingShownAfterMs ?? 250);
    try {
      await write();
      clearTimeout(announce);
      if (this.#status.current.state !== 'saved') this.#status.set({ state: 'saved' });
    } catch (error) {
      clearTimeout(announce);
      const failure = writeFailure(file, error);
      this.#status.set({ state: 'error', message: failure.message });
      throw failure;
    }
  }
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );
