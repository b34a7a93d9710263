// Decisions as reactive state over the API: load and reload (keeping unsaved edits), create, autosave against the
// file's version, conflicts, undo/redo, delete/restore, supersede, import/export.
import type { SearchIndex } from '../../../catalog/search.ts';
import type { Api, DecisionSave, ExportRequest, ImportResult } from '../../../electron/common/api.ts';
import { decisionPatchSchema, type Decision, type DecisionPatch } from '../../../electron/common/decision.ts';
import { Autosave } from '../editing/autosave.svelte.ts';
import { History } from '../editing/history.svelte.ts';
import type { Toast } from '../editing/toast.svelte.ts';
import { conflictMessage, DecisionConflicts } from './decision-conflicts.svelte.ts';
import { recordName } from './decision-labels.ts';
import { sortDecisions } from './decision-order.ts';
import { decisionSearchDoc } from './decision-search-doc.ts';
import { examplePatch, exampleTitle } from './example-decision.ts';
import { mergeReload } from './merge-reload.ts';
import { withEdits } from './with-edits.ts';

type DecisionsApi = Pick<
  Api,
  | 'listDecisions'
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
  index: Pick<SearchIndex, 'add' | 'remove'>;
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
  list = $state<Decision[]>([]);
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
      baseOf: (id) => this.byId(id)?.version ?? null,
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

  byId(id: string): Decision | undefined {
    return this.list.find((d) => d.id === id);
  }

  byNumber(number: number): Decision | undefined {
    return this.list.find((d) => d.number === number);
  }

  /** Reads the folder's records; on a reload, records with unsaved edits keep them (their next save meets the file). */
  async load(): Promise<void> {
    try {
      const { list, gone } = mergeReload(this.list, await this.#deps.api.listDecisions(), (id) =>
        this.autosave.pending(id),
      );
      for (const d of gone) this.#forget(d.id, recordName(d));
      for (const d of list) delete this.deletedOnDisk[d.id];
      this.list = list;
      this.loadError = null;
      for (const d of this.list) this.#deps.index.add(decisionSearchDoc(d));
    } catch (e) {
      this.loadError = messageOf(e);
    } finally {
      this.loaded = true;
    }
  }

  async create(title: string): Promise<Decision | null> {
    return this.#act(async () => {
      const d = await this.#deps.api.createDecision({ title });
      this.#put(d);
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
      this.#put(d);
      this.focusTitle = d.id;
      this.#deps.open(d.id);
      return d;
    });
  }

  /** Applies a change at once and saves it after a pause in typing. */
  edit(id: string, patch: DecisionPatch): void {
    const i = this.list.findIndex((d) => d.id === id);
    if (i === -1) return;
    this.list[i] = withEdits(this.list[i]!, patch);
    this.autosave.queue(id, patch);
  }

  /** A structural change (removing an option, reordering…) that "Undo last change" can take back. */
  change(id: string, patch: DecisionPatch, label: string): void {
    const d = this.byId(id);
    if (!d) return;
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
      this.#put(copy);
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
      this.#put(d);
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

  /** Puts a record the host returned in the list (in order) and the index, with unsaved edits laid over it. */
  #put(hostRecord: Decision): void {
    const d = withEdits(hostRecord, this.autosave.pending(hostRecord.id));
    const i = this.list.findIndex((x) => x.id === d.id);
    if (i === -1) this.list = sortDecisions([...this.list, d]);
    else this.list[i] = d;
    delete this.deletedOnDisk[d.id];
    this.#deps.index.add(decisionSearchDoc(d));
  }

  /** Takes a record off the list and the index; `name` records that it vanished from the folder. */
  #forget(id: string, name?: string): void {
    this.list = this.list.filter((x) => x.id !== id);
    this.autosave.drop(id);
    this.#deps.index.remove(id);
    if (name !== undefined) this.deletedOnDisk[id] = name;
  }
}
