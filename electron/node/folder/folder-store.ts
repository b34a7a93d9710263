// A decision folder opened under lock: every record file read once, written durably only after a version check.
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
import { readSnapshot, snapshotOf, type RecordSnapshot } from './record-snapshot.ts';
import { watchFolder, type FolderEvent, type FolderWatcher } from './folder-watcher.ts';

export interface FolderStoreOptions {
  /** Which Markdown file names are decision records (README, index and templates are not). */
  isRecordFile: (name: string) => boolean;
  now?: () => Date;
  /** Reload files that git or another editor changes (default true). */
  watch?: boolean;
  /** How the lock file is created; tests pass a full disk. */
  lockFs?: LockFs;
}

export type RecordChange = { kind: 'added' | 'changed' | 'removed'; file: string };
export type RecordsListener = (change: RecordChange) => void;

// Reading a few dozen files at once keeps the disk busy without opening thousands of handles.
const readBatch = 64;

export class FolderStore {
  readonly dir: string;
  readonly meta: MetaPaths;
  readonly #options: FolderStoreOptions;
  readonly #records = new Map<string, RecordSnapshot>();
  readonly #backups: RecordBackups;
  readonly #status = new StatusBox({ state: 'saved' });
  readonly #listeners = new Set<RecordsListener>();
  #lock: WorkspaceLock | null;
  #watcher: FolderWatcher | null = null;
  /** Writes run one after another, so a version check and its write are never interleaved with another write. */
  #writing: Promise<unknown> = Promise.resolve();

  private constructor(dir: string, lock: WorkspaceLock, options: FolderStoreOptions) {
    this.dir = dir;
    this.meta = metaPaths(dir);
    this.#options = options;
    this.#lock = lock;
    this.#backups = new RecordBackups(this.meta.backups, options.now ?? (() => new Date()));
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
      await store.#readAll();
      if (options.watch ?? true) store.#watcher = watchFolder(dir, (event) => void store.#onDiskEvent(event));
      return store;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** Every record file, by file name. */
  list(): RecordSnapshot[] {
    return [...this.#records.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  /** The files that could not be read, by file name: a pass over the records without sorting all of them. */
  unreadable(): RecordSnapshot[] {
    const found: RecordSnapshot[] = [];
    for (const snapshot of this.#records.values()) if (snapshot.text === null) found.push(snapshot);
    return found.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  }

  get(file: string): RecordSnapshot | undefined {
    return this.#records.get(file);
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
      if (disk?.text != null) await this.#backups.keep(file, disk.text);
      await this.#durably(file, () => new DurableTextFile(join(this.dir, file)).write(text));
      const saved = snapshotOf(file, text);
      this.#records.set(file, saved);
      return saved;
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
    this.#lock?.release();
    this.#lock = null;
  }

  async #readAll(): Promise<void> {
    const entries = await readdir(this.dir, { withFileTypes: true });
    const names = entries
      .filter((entry) => entry.isFile() && this.#options.isRecordFile(entry.name))
      .map((entry) => entry.name);
    // We hold the lock, so temp files beside the records are a crashed writer's leftovers. Each clean-up lists the
    // folder, so it runs only for records that have one: thousands of listings of thousands of files took a minute.
    const temps = entries.filter((entry) => entry.name.endsWith('.tmp')).map((entry) => entry.name);
    const withTemps = names.filter((name) => temps.some((temp) => temp.startsWith(`.${name}.`)));
    await Promise.all(withTemps.map((name) => removeStaleTempFiles(join(this.dir, name))));
    for (let i = 0; i < names.length; i += readBatch) {
      const batch = await Promise.all(names.slice(i, i + readBatch).map((n) => readSnapshot(join(this.dir, n), n)));
      for (const snapshot of batch) if (snapshot) this.#records.set(snapshot.file, snapshot);
    }
  }

  async #onDiskEvent(event: FolderEvent): Promise<void> {
    if (!this.#options.isRecordFile(event.file)) return;
    // After our own writes, so an event caused by them finds the text we wrote and is ignored.
    await this.#writing.catch(() => undefined);
    const now = await readSnapshot(join(this.dir, event.file), event.file);
    const known = this.#records.get(event.file);
    if (now === null) {
      if (known && this.#records.delete(event.file)) this.#emit({ kind: 'removed', file: event.file });
      return;
    }
    if (known?.version === now.version) return;
    this.#records.set(event.file, now);
    this.#emit({ kind: known ? 'changed' : 'added', file: event.file });
  }

  /** A name from a page or a command line never leads out of the folder, nor to a file that is not a record. */
  #checkName(file: string): void {
    if (basename(file) !== file || !this.#options.isRecordFile(file))
      throw new AppError(
        'bad-request',
        `"${file}" is not the name of a decision file in this folder; nothing was written.`,
      );
  }

  #emit(change: RecordChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  #serial<R>(work: () => Promise<R>): Promise<R> {
    const next = this.#writing.catch(() => undefined).then(work);
    this.#writing = next;
    return next;
  }

  async #durably(file: string, write: () => Promise<void>): Promise<void> {
    this.#status.set({ state: 'saving' });
    try {
      await write();
      this.#status.set({ state: 'saved' });
    } catch (error) {
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
