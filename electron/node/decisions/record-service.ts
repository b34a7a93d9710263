// Decisions as record files: list, create, edit field by field, resolve conflicts, delete and restore, supersede.
import { addRecordLink } from '../../common/adr-file/add-link.ts';
import { detectConventions, inFolderCase, nextNumber } from '../../common/adr-file/conventions.ts';
import { editRecordFile, type RecordEdits } from '../../common/adr-file/edit-record.ts';
import { numberFromFileName } from '../../common/adr-file/file-names.ts';
import { renderNewRecord } from '../../common/adr-file/new-record.ts';
import type { DecisionChanges, DecisionConflict, DecisionSave, ListPosition } from '../../common/api.ts';
import type { Decision, DecisionPatch } from '../../common/decision.ts';
import type { DecisionSummary } from '../../common/decision-summary.ts';
import { AppError } from '../../common/errors.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { RecordConflictError } from '../folder/record-conflict.ts';
import { copyOf, decisionOf, editsOf, type RecordExtras } from '../folder/record-view.ts';
import type { RecordEntry } from '../folder/record-entry.ts';
import { snapshotOf, type RecordSnapshot } from '../folder/record-snapshot.ts';
import { KeptRows } from './kept-rows.ts';
import { RowChanges } from './row-changes.ts';
import { withExtras, type FileSummary } from './record-summary.ts';

type Readable = RecordSnapshot & { text: string };
const sameGit = (a: Decision['git'], b: Decision['git']) => JSON.stringify(a) === JSON.stringify(b);
/** How many of the latest records decide a new record's conventions. */
const conventionSample = 64;

const readable = (s: RecordSnapshot | null | undefined): s is Readable => s != null && s.text !== null;
const missing = (id: string) =>
  new AppError('not-found', `There is no readable record ${id}; it may have been deleted or renamed.`);
const withRow = (e: RecordEntry): e is RecordEntry & { row: FileSummary } => e.row !== null;

export class RecordService {
  readonly #ws: FolderWorkspace;
  readonly #today: () => string;
  /** Parsed views by file and version: a list after one edit re-reads one file, not the folder. */
  readonly #views = new Map<string, Decision>();
  /** The view each file had before its latest one. */
  readonly #previous = new Map<string, Decision>();
  /** The rows last given, so a row whose file, analysis link and git state are unchanged is the same object. */
  readonly #rows = new Map<string, DecisionSummary>();
  readonly #changes = new RowChanges();
  readonly #keptRows = new KeptRows();
  readonly #deleted = new Map<string, { file: string; text: string }>();

  constructor(ws: FolderWorkspace, today: () => string) {
    this.#ws = ws;
    this.#today = today;
  }

  /** Every record in full: each file is read now (an export or a command-line list needs them all). */
  async list(): Promise<Decision[]> {
    const analysisOf = this.#analysisLinks();
    return (await this.#ws.records.readAll())
      .filter(readable)
      .map((s) => this.#view(s, { analysisId: analysisOf.get(s.file) ?? null, git: this.#ws.git.of(s.file) }));
  }

  /** The list's rows, as the folder keeps them: no file is read, no record parsed; the same array while nothing moved. */
  summaries(): readonly DecisionSummary[] {
    const analysisOf = this.#analysisLinks();
    const sources = { records: this.#ws.records.revision, git: this.#ws.git.revision, analysisOf };
    return this.#keptRows.get(sources, () =>
      this.#ws.records
        .list()
        .filter(withRow)
        .map((e) => this.#row(e.row, { analysisId: analysisOf.get(e.file) ?? null, git: this.#ws.git.of(e.file) })),
    );
  }

  /**
   * The rows a page holding the list at `since` has not seen (all of them for null or another session, or the first
   * `first` of them in list order).
   */
  changesSince(since: ListPosition | null, first?: number): DecisionChanges {
    return this.#changes.since(this.summaries(), since, first);
  }

  /** Files that could not be read, with why; they are listed, never overwritten. */
  unreadable(): { file: string; reason: string }[] {
    return this.#ws.records.unreadable().map((s) => ({ file: s.file, reason: s.unreadable ?? '' }));
  }

  /** `id`, when it names a record file the folder could read when it last looked (history and diff need no text). */
  known(id: string): string {
    if (this.#ws.records.get(id)?.row == null) throw missing(id);
    return id;
  }

  /** The record as its file holds it now. */
  async get(id: string): Promise<Decision> {
    const snapshot = await this.#ws.records.read(id);
    if (!readable(snapshot)) throw missing(id);
    return this.#view(snapshot);
  }

  async create(input: { title: string }): Promise<Decision> {
    return this.createWith(input.title, 'proposed', {});
  }

  /** A new record by the folder's conventions (dialect, numbering, title style), then `patch` (and `links`) applied to it. */
  async createWith(
    title: string,
    status: string,
    patch: DecisionPatch,
    links: Pick<RecordEdits, 'analysis'> = {},
  ): Promise<Decision> {
    const conventions = detectConventions(await this.#latestRecords());
    const views = this.#ws.records.list().flatMap((e) => (e.row ? [e.row] : []));
    // An unreadable file's number is in its name: a new record must not take it.
    const unreadable = this.unreadable().map((u) => numberFromFileName(u.file));
    const number = nextNumber([...views.map((d) => d.number), ...unreadable]);
    const fresh = renderNewRecord(conventions, {
      number,
      title,
      date: this.#today(),
      status: inFolderCase(
        status,
        views.map((v) => v.status),
      ),
    });
    const draft = decisionOf(
      { file: fresh.fileName, text: fresh.text, unreadable: null, version: '' },
      this.#extras(fresh.fileName),
    );
    const text = editRecordFile(fresh.fileName, fresh.text, { ...editsOf(draft, patch), ...links });
    return this.#write(fresh.fileName, text, null);
  }

  /**
   * The folder's latest readable records (by file name, which starts with the number or date), which vote on how a
   * new one is written: they show how the team writes now, and at 20,000 records reading every file to name the
   * conventions took seconds.
   */
  async #latestRecords(): Promise<{ fileName: string; text: string }[]> {
    const latest = this.#ws.records
      .list()
      .filter((e) => e.row !== null)
      .map((e) => e.file)
      .sort()
      .slice(-conventionSample);
    const read = await Promise.all(latest.map((file) => this.#ws.records.read(file)));
    return read.filter(readable).map((s) => ({ fileName: s.file, text: s.text }));
  }

  /** Applies the patch to the version it was based on; a newer file on disk comes back as a conflict, unwritten. */
  async update(id: string, patch: DecisionPatch, baseVersion: string): Promise<DecisionSave> {
    // The version the edit started from, as this host last gave it: the write reads the disk anyway and refuses a
    // file that changed since, so reading it first as well only lengthened every save. An edit that changes nothing
    // goes on to the disk, which says whether the file is still that version.
    const base = this.#views.get(id);
    if (base?.version === baseVersion) {
      const text = editRecordFile(id, base.markdown, editsOf(base, patch));
      if (text !== base.markdown) return this.#save(id, text, patch, baseVersion);
    }
    const snapshot = await this.#ws.records.read(id);
    // Deleted on disk (or moved out) while the editor still had it: the user chooses whether to write it again.
    if (!snapshot) return { decision: null, conflict: this.#conflict(id, patch, baseVersion, null) };
    if (!readable(snapshot)) throw missing(id);
    const current = this.#view(snapshot);
    if (current.version !== baseVersion)
      return { decision: null, conflict: this.#conflict(id, patch, baseVersion, current.markdown) };
    const text = editRecordFile(id, current.markdown, editsOf(current, patch));
    // Nothing to change: no write, so no new modification time, backup or git noise.
    if (text === current.markdown) return { decision: current, conflict: null };
    return this.#save(id, text, patch, current.version);
  }

  /** Writes an edit's text over `version`; a newer file on disk comes back as a conflict, unwritten. */
  async #save(id: string, text: string, patch: DecisionPatch, version: string): Promise<DecisionSave> {
    try {
      return { decision: await this.#write(id, text, version), conflict: null };
    } catch (error) {
      if (!(error instanceof RecordConflictError)) throw error;
      return { decision: null, conflict: this.#conflictWith(id, text, patch, error.diskText) };
    }
  }

  /** Writes the text the user chose after a conflict, provided the disk still holds the version they saw. */
  async resolve(id: string, text: string, diskVersion: string | null): Promise<Decision> {
    try {
      return await this.#write(id, text, diskVersion);
    } catch (error) {
      if (error instanceof RecordConflictError)
        throw new AppError('conflict', `${id} changed on disk again while you chose. Compare the versions once more.`);
      throw error;
    }
  }

  /** A new record with this one's content: its own number, title, status and date. */
  async duplicate(id: string): Promise<Decision> {
    const source = await this.get(id);
    const patch: DecisionPatch = copyOf(source);
    return this.createWith(`Copy of ${source.title}`, 'proposed', patch);
  }

  /** Moves the file into the backups; the token restores it under its own name. */
  async delete(id: string): Promise<string> {
    const current = await this.get(id);
    await this.#ws.records.remove(id, current.version);
    this.#ws.afterWrite();
    const token = `${Date.now().toString(36)}-${this.#deleted.size}`;
    this.#deleted.set(token, { file: id, text: current.markdown });
    return token;
  }

  async restore(token: string): Promise<Decision> {
    const entry = this.#deleted.get(token);
    if (!entry)
      throw new AppError(
        'not-found',
        'Nothing to restore: undo only works for records deleted since the folder was opened.',
      );
    if (this.#ws.records.get(entry.file))
      throw new AppError('conflict', `Cannot undo: a file named ${entry.file} is in the folder again.`);
    this.#deleted.delete(token);
    return this.#write(entry.file, entry.text, null);
  }

  /** Links both records the way their dialects write supersede links; the older one's status says so. */
  async supersede(oldId: string, newId: string): Promise<{ superseded: Decision; by: Decision }> {
    if (oldId === newId) throw new AppError('bad-request', 'A record cannot supersede itself.');
    const older = await this.get(oldId);
    const newer = await this.get(newId);
    const target = (d: Decision) => ({ number: d.number, title: d.title, fileName: d.id });
    const by = await this.#write(newId, addRecordLink(newer.markdown, 'Supersedes', target(older)), newer.version);
    // adr-tools' `adr new -s` replaces the older record's status word with the link; the other dialects put it in the status.
    const base =
      older.dialect === 'adr-tools' ? editRecordFile(oldId, older.markdown, { status: null }) : older.markdown;
    const superseded = await this.#write(oldId, addRecordLink(base, 'Superseded by', target(by)), older.version);
    return { superseded, by };
  }

  /**
   * The disk moved on before the edit arrived. "Mine" is the edit applied to the version it was based on, while that
   * version is still remembered; otherwise to the disk's (then it equals the merge).
   */
  #conflict(id: string, patch: DecisionPatch, baseVersion: string, disk: string | null): DecisionConflict {
    const base = [this.#views.get(id), this.#previous.get(id)].find((v) => v?.version === baseVersion);
    const from = base ?? (disk === null ? null : this.#view(snapshotOf(id, disk) as Readable));
    if (!from)
      throw new AppError('not-found', `${id} was deleted on disk, and the version your edit started from is gone.`);
    return this.#conflictWith(id, editRecordFile(id, from.markdown, editsOf(from, patch)), patch, disk);
  }

  /** `disk` is what the file holds now; the folder may not have reloaded it yet (unwatched, or its event on the way). */
  #conflictWith(id: string, mine: string, patch: DecisionPatch, disk: string | null): DecisionConflict {
    const diskView = disk === null ? null : this.#view(snapshotOf(id, disk) as Readable);
    return {
      id,
      mine,
      disk,
      diskVersion: diskView?.version ?? null,
      merged: diskView ? editRecordFile(id, diskView.markdown, editsOf(diskView, patch)) : null,
    };
  }

  async #write(file: string, text: string, baseVersion: string | null): Promise<Decision> {
    const saved = await this.#ws.records.write(file, text, baseVersion);
    this.#ws.afterWrite();
    return this.#view(saved as Readable);
  }

  #view(snapshot: Readable, extras = this.#extras(snapshot.file)): Decision {
    const cached = this.#views.get(snapshot.file);
    if (cached?.version === snapshot.version) return { ...cached, ...extras };
    const view = decisionOf(snapshot, extras);
    // The view it replaces is what an edit in flight was based on: kept so a conflict can show that edit as made.
    if (cached) this.#previous.set(snapshot.file, cached);
    this.#views.set(snapshot.file, view);
    return view;
  }

  #row(summary: FileSummary, extras: RecordExtras): DecisionSummary {
    const cached = this.#rows.get(summary.id);
    if (
      cached?.version === summary.version &&
      cached.analysisId === (summary.analysis ?? extras.analysisId) &&
      (cached.git === extras.git || sameGit(cached.git, extras.git))
    )
      return cached;
    const row = withExtras(summary, extras);
    this.#rows.set(summary.id, row);
    return row;
  }

  #analysisLinks(): Map<string, string> {
    return new Map(this.#ws.analyses.list().flatMap((a) => (a.decisionId ? [[a.decisionId, a.id]] : [])));
  }

  #extras(file: string) {
    const analysis = this.#ws.analyses.list().find((a) => a.decisionId === file);
    return { analysisId: analysis?.id ?? null, git: this.#ws.git.of(file) };
  }
}
