// Decisions as reactive state over the API: the list as summaries (kept record by record), the one record open in
// full, create, autosave against the file's version, conflicts, undo/redo, delete/restore, supersede, import/export.
import type { Api, DecisionSave, ExportRequest, ImportResult } from '../../../electron/common/api.ts';
import { summaryOf, type DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { decisionPatchSchema, type Decision, type DecisionPatch } from '../../../electron/common/decision.ts';
import { Autosave } from '../editing/autosave.svelte.ts';
import { History } from '../editing/history.svelte.ts';
import type { Toast } from '../editing/toast.svelte.ts';
import { conflictMessage, DecisionConflicts } from './decision-conflicts.svelte.ts';
import { recordName } from './decision-labels.ts';
import { DecisionFilterIndex } from './decision-filter-index.ts';
import { compareDecisions } from './decision-order.ts';
import { examplePatch, exampleTitle } from './example-decision.ts';
import { mergeReload } from './merge-reload.ts';
import { LazyLoad } from './lazy-load.svelte.ts';
import { withEdits } from './with-edits.ts';

type DecisionsApi = Pick<
  Api,
  | 'decisionSummaries'
  | 'getDecision'
  | 'createDecision'
  | 'updateDecision'
  | 'resolveConflict'
  | 'duplicateDecision'
  | 'deleteDecision'
  | 'restoreDecision'
  | 'supersedeDecision'
  | 'exportDecisions'
  | 'importDecisions'
>;

export interface DecisionsDeps {
  api: DecisionsApi;
  /** Opens a decision (or the list, for null). */
  open: (id: string | null) => void;
  /** The app's one toast: "Deleted ADR-0007 …  Undo", "Removed option …  Undo". */
  toast: Toast;
  saveDelay?: number;
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const lowerFirst = (label: string) => `${label.charAt(0).toLowerCase()}${label.slice(1)}`;

/** Why edits cannot be sent as they are (kept, and sent once fixed), or null. */
function problemOf(patch: DecisionPatch): string | null {
  const parsed = decisionPatchSchema.safeParse(patch);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'the change is not valid');
}

export class DecisionsState {
  /** Every record as its list row shows it, in list order; replaced (never mutated) so lists see each change. */
  list = $state.raw<DecisionSummary[]>([]);
  /** The record last opened in the editor, in full: fetched when opened, with unsaved edits laid over it. */
  opened = $state<Decision | null>(null);
  readonly #fetching = new LazyLoad<Decision | null>(() => this.#fetchOpened());
  #openId: string | null = null;
  /** The list's text filter and the search box's decisions, kept up to date with each record put or forgotten. */
  readonly filterIndex = new DecisionFilterIndex();
  // Made anew from each list and never changed after: the list is what is reactive.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #byId = $derived(new Map(this.list.map((d) => [d.id, d])));
  loaded = $state(false);
  loadError = $state<string | null>(null);
  /** Why the last action (supersede, create, duplicate, delete) was refused. */
  actionError = $state<string | null>(null);
  /** Records that vanished from the folder (git, another editor) since the app read them, by id, with their names. */
  deletedOnDisk = $state<Record<string, string>>({});
  readonly autosave: Autosave<DecisionPatch, DecisionSave>;
  readonly conflicts: DecisionConflicts;
  /** Structural changes (removing an option, reordering…); text typed in a field is the field's own undo. */
  readonly history = new History<DecisionPatch>();
  dialog = $state<'export' | 'import' | null>(null);
  /** The inline "new decision" title prompt is open. */
  creating = $state(false);
  /** A record just created: its editor puts focus in its title once shown, then clears this. */
  focusTitle = $state<string | null>(null);

  readonly #deps: DecisionsDeps;

  constructor(deps: DecisionsDeps) {
    this.#deps = deps;
    this.autosave = new Autosave({
      save: (id, patch, base) => deps.api.updateDecision(id, patch, base ?? ''),
      baseOf: (id) => (this.opened?.id === id ? this.opened.version : (this.byId(id)?.version ?? null)),
      versionOf: (stored) => stored.decision?.version ?? null,
      conflictOf: (stored) => (stored.conflict ? conflictMessage(stored.conflict) : null),
      problem: (_, patch) => problemOf(patch),
      saved: (_, stored) => {
        if (stored.decision) this.#put(stored.decision);
        else this.conflicts.show(stored.conflict);
      },
      ...(deps.saveDelay === undefined ? {} : { delay: deps.saveDelay }),
    });
    this.conflicts = new DecisionConflicts({
      resolve: (id, choice) => this.autosave.write(() => deps.api.resolveConflict(id, choice)),
      autosave: this.autosave,
      put: (d) => this.#put(d),
      reload: () => this.load(),
      forget: (id) => this.#forget(id),
    });
  }

  byId(id: string): DecisionSummary | undefined {
    return this.#byId.get(id);
  }

  /** The first `limit` records matching every word of `query`, for the search box and the palette. */
  search(query: string, limit: number): DecisionSummary[] {
    return this.filterIndex.search(this.list, query, limit);
  }

  byNumber(number: number): DecisionSummary | undefined {
    return this.list.find((d) => d.number === number);
  }

  /**
   * Reads the folder's summaries; only records that are new, changed or gone touch the indexes. Records with unsaved
   * edits keep them (their next save meets the file); the open record is fetched again when its file changed.
   */
  async load(): Promise<void> {
    try {
      const before = this.#byId;
      const { list, gone } = mergeReload(this.list, await this.#deps.api.decisionSummaries(), (id) =>
        this.autosave.pending(id),
      );
      for (const d of gone) this.#forget(d.id, recordName(d));
      for (const d of list) {
        delete this.deletedOnDisk[d.id];
        if (before.get(d.id) !== d) this.#index(d);
      }
      this.list = list;
      this.loadError = null;
    } catch (e) {
      this.loadError = messageOf(e);
    } finally {
      this.loaded = true;
    }
  }

  /**
   * Opens a record in full (null: none). Fetched again only when its file changed (its summary's version moved) and
   * it has no unsaved edits; while it has, it stays as edited.
   */
  show(id: string | null): Promise<void> {
    this.#openId = id;
    if (id === null) return Promise.resolve();
    return this.#fetching.ensure(`${id}\n${this.byId(id)?.version ?? ''}`);
  }

  /** Why the open record could not be fetched, or null. */
  get openError(): string | null {
    return this.#fetching.error;
  }

  async #fetchOpened(): Promise<Decision | null> {
    const id = this.#openId;
    if (id === null) return null;
    const open = this.opened;
    if (open?.id === id && (this.autosave.pending(id) || open.version === this.byId(id)?.version)) return open;
    const d = withEdits(await this.#deps.api.getDecision(id), this.autosave.pending(id));
    if (this.#openId === id) this.opened = d;
    return d;
  }

  async create(title: string): Promise<Decision | null> {
    return this.#act(async () => {
      const d = await this.#deps.api.createDecision({ title });
      this.#put(d, { open: true });
      this.creating = false;
      this.focusTitle = d.id;
      this.#deps.open(d.id);
      return d;
    });
  }

  async createExample(): Promise<Decision | null> {
    return this.#act(async () => {
      const created = await this.#deps.api.createDecision({ title: exampleTitle });
      const saved = await this.#deps.api.updateDecision(created.id, examplePatch, created.version);
      const d = saved.decision ?? created;
      this.#put(d, { open: true });
      this.focusTitle = d.id;
      this.#deps.open(d.id);
      return d;
    });
  }

  /** Applies a change at once and saves it after a pause in typing. */
  edit(id: string, patch: DecisionPatch): void {
    if (!this.byId(id)) return;
    if (this.opened?.id === id) {
      this.opened = withEdits(this.opened, patch);
      this.#replaceRow(summaryOf(this.opened));
    }
    this.autosave.queue(id, patch);
  }

  /** A structural change (removing an option, reordering…) that "Undo last change" can take back. */
  change(id: string, patch: DecisionPatch, label: string): void {
    const d = this.opened;
    if (d?.id !== id) return;
    const before = Object.fromEntries(Object.keys(patch).map((k) => [k, $state.snapshot(d[k as keyof Decision])]));
    this.history.record({ id, label, before: before as DecisionPatch, after: $state.snapshot(patch) as DecisionPatch });
    this.edit(id, patch);
    this.#deps.toast.show(`${label}.`, { label: 'Undo', run: () => this.undoLast() });
  }

  undoLast(): void {
    const step = this.history.undo();
    if (!step) return;
    this.edit(step.id, step.patch);
    this.#deps.toast.show(`Undone: ${lowerFirst(step.label)}.`, { label: 'Redo', run: () => this.redoLast() });
  }

  redoLast(): void {
    const step = this.history.redo();
    if (!step) return;
    this.edit(step.id, step.patch);
    this.#deps.toast.show(`Redone: ${lowerFirst(step.label)}.`, { label: 'Undo', run: () => this.undoLast() });
  }

  flush(): Promise<void> {
    return this.autosave.flush();
  }

  async duplicate(id: string): Promise<Decision | null> {
    await this.flush();
    return this.#act(async () => {
      const copy = await this.#deps.api.duplicateDecision(id);
      this.#put(copy, { open: true });
      this.#deps.open(copy.id);
      return copy;
    });
  }

  async remove(id: string): Promise<boolean> {
    await this.flush();
    const d = this.byId(id);
    return (
      (await this.#act(async () => {
        const { undoToken } = await this.#deps.api.deleteDecision(id);
        this.#forget(id);
        this.#deps.open(null);
        this.#deps.toast.show(`Deleted ${d ? recordName(d) : 'the decision'}.`, {
          label: 'Undo',
          run: () => void this.restore(undoToken),
        });
        return true;
      })) ?? false
    );
  }

  async restore(token: string): Promise<Decision | null> {
    this.#deps.toast.dismiss();
    return this.#act(async () => {
      const d = await this.#deps.api.restoreDecision(token);
      this.#put(d, { open: true });
      this.#deps.open(d.id);
      this.#deps.toast.show(`Restored ${recordName(d)}.`);
      return d;
    });
  }

  async supersede(olderId: string, newerId: string): Promise<boolean> {
    await this.flush();
    return (
      (await this.#act(async () => {
        const { superseded, by } = await this.#deps.api.supersedeDecision(olderId, newerId);
        this.#put(superseded);
        this.#put(by);
        return true;
      })) ?? false
    );
  }

  /** Writes the export; errors are thrown with the host's message for the dialog to show. */
  async exportDecisions(request: ExportRequest): Promise<string[]> {
    await this.flush();
    return (await this.#deps.api.exportDecisions(request)).written;
  }

  /** A dry run reports what importing would do and writes nothing; the real import then reloads the list. */
  async importDecisions(dir: string, dryRun: boolean): Promise<ImportResult> {
    if (dryRun) return this.#deps.api.importDecisions({ dir, dryRun: true });
    const result = await this.autosave.write(() => this.#deps.api.importDecisions({ dir, dryRun: false }));
    if (result.imported.length > 0) await this.load();
    return result;
  }

  /** Runs a host write (shown as saving); a refusal lands in actionError instead of throwing. */
  async #act<T>(run: () => Promise<T>): Promise<T | null> {
    try {
      const result = await this.autosave.write(run);
      this.actionError = null;
      return result;
    } catch (e) {
      this.actionError = messageOf(e);
      return null;
    }
  }

  /**
   * Puts a record the host returned in the list (in order) and the indexes, with unsaved edits laid over it; `open`
   * makes it the open record (it was just made or restored, so it is not fetched again).
   */
  #put(hostRecord: Decision, { open = false } = {}): void {
    const d = withEdits(hostRecord, this.autosave.pending(hostRecord.id));
    if (open) this.#openId = d.id;
    if (open || this.opened?.id === d.id) this.opened = d;
    this.#replaceRow(summaryOf(d));
    delete this.deletedOnDisk[d.id];
  }

  /** One row added or replaced, in list order, and in both indexes. */
  #replaceRow(row: DecisionSummary): void {
    const i = this.list.findIndex((x) => x.id === row.id);
    if (i !== -1 && compareDecisions(this.list[i]!, row) === 0) this.list = this.list.with(i, row);
    else {
      const rest = i === -1 ? this.list : this.list.toSpliced(i, 1);
      const at = rest.findIndex((x) => compareDecisions(x, row) > 0);
      this.list = at === -1 ? [...rest, row] : rest.toSpliced(at, 0, row);
    }
    this.#index(row);
  }

  #index(row: DecisionSummary): void {
    this.filterIndex.put(row);
  }

  /** Takes a record off the list and the indexes; `name` records that it vanished from the folder. */
  #forget(id: string, name?: string): void {
    this.list = this.list.filter((x) => x.id !== id);
    this.autosave.drop(id);
    this.filterIndex.remove(id);
    if (name !== undefined) this.deletedOnDisk[id] = name;
  }
}
