// Decisions as reactive state over the API: on top of the list (DecisionRows), the one record open in full, create,
// autosave against the file's version, conflicts, undo/redo, delete/restore, supersede, import/export.
import type {
  Api,
  DecisionSave,
  ExportCheckRequest,
  ExportProblem,
  ExportRequest,
  ImportResult,
} from '../../../electron/common/api.ts';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import type { Decision, DecisionPatch } from '../../../electron/common/decision.ts';
import { Autosave } from '../editing/autosave.svelte.ts';
import { History } from '../editing/history.svelte.ts';
import { PatchCheck } from '../editing/patch-check.ts';
import type { Toast } from '../editing/toast.svelte.ts';
import { conflictMessage, DecisionConflicts } from './decision-conflicts.svelte.ts';
import { recordName } from './decision-labels.ts';
import { DecisionRows, messageOf, type ListReads } from './decision-rows.svelte.ts';
import { examplePatch, exampleTitle } from './example-decision.ts';
import { LazyLoad } from './lazy-load.svelte.ts';
import { withEdits } from './with-edits.ts';

type DecisionsApi = Pick<
  Api,
  | 'decisionChanges'
  | 'getDecision'
  | 'createDecision'
  | 'updateDecision'
  | 'resolveConflict'
  | 'duplicateDecision'
  | 'deleteDecision'
  | 'restoreDecision'
  | 'supersedeDecision'
  | 'exportDecisions'
  | 'exportProblems'
  | 'importDecisions'
>;

/** What the state needs; the list's first answer and its paint come as DecisionRows takes them. */
export interface DecisionsDeps extends Omit<ListReads, 'changes'> {
  api: DecisionsApi;
  /** Opens a decision (or the list, for null). */
  open: (id: string | null) => void;
  /** The app's one toast: "Deleted ADR-0007 …  Undo", "Removed option …  Undo". */
  toast: Toast;
  saveDelay?: number;
}

const lowerFirst = (label: string) => `${label.charAt(0).toLowerCase()}${label.slice(1)}`;

const patchCheck = new PatchCheck<DecisionPatch>(
  async () => (await import('../../../electron/common/decision-schema.ts')).decisionPatchSchema,
  'the change is not valid',
);

export class DecisionsState extends DecisionRows {
  /** The record last opened in the editor, in full: fetched when opened, with unsaved edits laid over it. */
  opened = $state<Decision | null>(null);
  readonly #fetching = new LazyLoad<Decision | null>(() => this.#fetchOpened());
  #openId: string | null = null;
  /** Why the last action (supersede, create, duplicate, delete) was refused. */
  actionError = $state<string | null>(null);
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
    super({ ...deps, changes: (since, options) => deps.api.decisionChanges(since, options) });
    this.#deps = deps;
    this.autosave = new Autosave({
      save: (id, patch, base) => deps.api.updateDecision(id, patch, base ?? ''),
      baseOf: (id) => (this.opened?.id === id ? this.opened.version : (this.byId(id)?.version ?? null)),
      versionOf: (stored) => stored.decision?.version ?? null,
      conflictOf: (stored) => (stored.conflict ? conflictMessage(stored.conflict) : null),
      problem: (_, patch) => patchCheck.problem(patch),
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
      forget: (id) => this.forgetRow(id),
    });
  }

  protected override pendingEdits(id: string): DecisionPatch | undefined {
    return this.autosave.pending(id);
  }

  protected override dropEdits(id: string): void {
    this.autosave.drop(id);
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
    // A record opened in the editor is about to be edited: its check loads now, not in the first save's time.
    patchCheck.preload();
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
      this.putRow(summaryOf(this.opened));
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
        this.forgetRow(id);
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

  /** What lint would flag in the records the export would write, read from the files once edits are saved. */
  async exportProblems(request: ExportCheckRequest): Promise<ExportProblem[]> {
    await this.flush();
    return this.#deps.api.exportProblems(request);
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
    if (open) this.opened = d;
    else if (this.opened?.id === d.id) this.#refreshOpened(this.opened, d);
    this.putRow(summaryOf(d));
  }

  /**
   * The open record as the host stored it: only the fields that differ are set (after a save, usually its version
   * alone), so the editor redraws what changed instead of every field.
   */
  #refreshOpened(opened: Decision, stored: Decision): void {
    for (const key of Object.keys(stored) as (keyof Decision)[])
      if (JSON.stringify($state.snapshot(opened[key])) !== JSON.stringify(stored[key]))
        (opened as Record<keyof Decision, unknown>)[key] = stored[key];
  }
}
