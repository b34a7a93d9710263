// Opens a document folder under lock, recovers or migrates its file, and saves every change durably.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError, errnoCode } from '../../common/errors.ts';
import { Backups, fileTimestamp, type BackupInfo } from './backups.ts';
import { DocumentAdapter } from './document-adapter.ts';
import { decodeDocument } from './decode-document.ts';
import type { DocumentKind } from './document-kind.ts';
import { DurableTextFile, removeStaleTempFiles, type DurableFs } from './durable-file.ts';
import { acquireLock, type WorkspaceLock } from './lock.ts';
import { moveAside, newerVersionMessage, recovered, type Recovery } from './recovery.ts';
import { SaveQueue, StatusBox, type SaveStatus, type StatusListener } from './save-queue.ts';
import { shallowCopy, undoChange } from './undo-change.ts';
import { nothingChanged, writeFailure } from './write-failure.ts';

export interface StoreOptions<T> {
  kind: DocumentKind<T>;
  /** Rotating backups kept (default 10). */
  maxBackups?: number;
  /** Least time between rotating backups (default 5 minutes); every open takes one regardless. */
  backupIntervalMs?: number;
  now?: () => Date;
  fs?: DurableFs;
}

export class DocumentStore<T> {
  readonly dir: string;
  readonly file: string;
  readonly #kind: DocumentKind<T>;
  readonly #textFile: DurableTextFile;
  readonly #adapter: DocumentAdapter<T>;
  /** lowdb holds the document; our adapter decodes, migrates and writes it durably. */
  readonly #db: Low<T>;
  readonly #backups: Backups;
  readonly #status = new StatusBox({ state: 'saved' });
  readonly #queue = new SaveQueue(() => this.#writeNow(), this.#status);
  #lock: WorkspaceLock | null;
  #recovery: Recovery | null = null;
  #readOnly = false;

  private constructor(dir: string, lock: WorkspaceLock, options: StoreOptions<T>, now: () => Date) {
    this.dir = dir;
    this.#kind = options.kind;
    this.file = join(dir, options.kind.fileName);
    this.#textFile = new DurableTextFile(this.file, options.fs);
    this.#backups = new Backups(dir, {
      max: options.maxBackups ?? 10,
      minIntervalMs: options.backupIntervalMs ?? 5 * 60_000,
      now,
    });
    this.#lock = lock;
    this.#adapter = new DocumentAdapter(this.#textFile, options.kind, () => this.#backups.rotate(this.file));
    this.#db = new Low(this.#adapter, options.kind.empty());
  }

  static async open<T>(dir: string, options: StoreOptions<T>): Promise<DocumentStore<T>> {
    const now = options.now ?? (() => new Date());
    await mkdir(dir, { recursive: true });
    const lock = await acquireLock(dir, now);
    const store = new DocumentStore(dir, lock, options, now);
    try {
      await store.#load(now);
      return store;
    } catch (error) {
      lock.release();
      throw error;
    }
  }

  /** The document; change it only inside update() so the change is saved. */
  get data(): T {
    return this.#db.data;
  }

  get status(): SaveStatus {
    return this.#status.current;
  }

  get recovery(): Recovery | null {
    return this.#recovery;
  }

  get readOnly(): boolean {
    return this.#readOnly;
  }

  subscribe(listener: StatusListener): () => void {
    return this.#status.subscribe(listener);
  }

  /**
   * Applies `fn` to the document and saves; resolves once the change is on disk. If the save fails the change
   * stays in memory, reported through the status, and goes out with the next save.
   */
  async update<R>(fn: (doc: T) => R): Promise<R> {
    this.#assertWritable();
    const result = fn(this.#db.data);
    await this.#queue.request();
    return result;
  }

  /**
   * Applies `fn` and saves it as one unit of work: if `fn` throws or the save fails, what `fn` changed is undone in
   * memory (changes made meanwhile by others stay), so nothing half-made is left to be saved later.
   */
  async transact<R>(fn: (doc: T) => R): Promise<R> {
    this.#assertWritable();
    const doc = () => this.#db.data as object;
    const before = shallowCopy(doc());
    let result: R;
    try {
      result = fn(this.#db.data);
    } catch (error) {
      // fn threw part-way, synchronously, so what it changed is the document's current state.
      undoChange(doc(), before, shallowCopy(doc()));
      throw error;
    }
    const after = shallowCopy(doc());
    await this.#queue
      .request(() => undoChange(doc(), before, after))
      .catch((error: unknown) => {
        throw writeFailure(this.file, error instanceof AppError ? (error.cause ?? error) : error, nothingChanged);
      });
    return result;
  }

  /** Saves anything not yet on disk (retrying after a failed write). */
  async flush(): Promise<void> {
    if (!this.#readOnly && this.#lock) await this.#queue.request();
  }

  listBackups(): Promise<BackupInfo[]> {
    return this.#backups.list();
  }

  /** Replaces the document with a backup's content; the current file is backed up first. */
  async restoreBackup(name: string): Promise<void> {
    this.#assertWritable();
    const text = await readFile(this.#backups.resolve(name), 'utf8').catch((error: unknown) => {
      throw errnoCode(error) === 'ENOENT'
        ? new AppError('not-found', `There is no backup named ${name}.`)
        : new AppError('io', `Could not read backup ${name}: ${String(error)}`, { cause: error });
    });
    const decoded = decodeDocument(text, this.#kind);
    if (decoded.state === 'unreadable')
      throw new AppError('bad-request', `Backup ${name} cannot be restored: ${decoded.reason}.`);
    if (decoded.state === 'newer')
      throw new AppError(
        'bad-request',
        `Backup ${name} comes from a newer version of Tradeoff Atlas (schema ${decoded.version}); update the app to restore it.`,
      );
    await this.#queue.idle();
    if (this.#adapter.savedText !== null) await this.#backups.rotate(this.file, true);
    this.#db.data = decoded.doc;
    this.#recovery = null;
    await this.#queue.request();
  }

  /** Saves what is pending, then releases the lock even if that save fails. */
  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      this.#lock?.release();
      this.#lock = null;
    }
  }

  async #load(now: () => Date): Promise<void> {
    // We hold the lock, so any temp file is a crashed writer's leftover.
    await removeStaleTempFiles(this.file);
    await this.#db.read();
    const decoded = this.#adapter.lastRead;
    switch (decoded?.state) {
      case undefined:
        return;
      case 'current':
        await this.#backups.rotate(this.file, true);
        return;
      case 'migrated':
        await this.#backups.keepPreMigration(this.file, decoded.from);
        // savedText stays null: the pre-migration backup already holds the old file, so no rotation is due.
        // A failed write here is reported through the status; the data is already migrated in memory.
        await this.#queue.request().catch(() => undefined);
        return;
      case 'newer': {
        this.#readOnly = true;
        this.#db.data = decoded.doc ?? this.#kind.empty();
        // Nothing will be written, so another (newer) app may open the folder meanwhile.
        this.#lock?.release();
        this.#lock = null;
        this.#status.set({
          state: 'read-only',
          message: newerVersionMessage(this.file, decoded.version, this.#kind.version, decoded.doc !== null),
        });
        return;
      }
      case 'unreadable': {
        const movedTo = await moveAside(this.file, fileTimestamp(now()));
        const newestBackup = (await this.#backups.list())[0] ?? null;
        this.#recovery = recovered(this.file, decoded.reason, movedTo, newestBackup);
      }
    }
  }

  async #writeNow(): Promise<void> {
    try {
      await this.#db.write();
    } catch (error) {
      throw writeFailure(this.file, error);
    }
  }

  #assertWritable(): void {
    if (this.#readOnly) throw new AppError('read-only', this.#status.current.message ?? `${this.file} is read-only.`);
    if (!this.#lock)
      throw new AppError('read-only', `${this.file} has been closed; open the workspace again to edit it.`);
  }
}
