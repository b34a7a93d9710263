// The analyses as reactive state: the list, the selected analysis scored live, autosave, undo/redo and delete-with-undo.
import { untrack } from 'svelte';
import { emptyAnalysis } from '../../../electron/common/analysis-defaults.ts';
import type { Analysis, AnalysisPatch } from '../../../electron/common/analysis.ts';
import type { Api } from '../../../electron/common/api.ts';
import type { Decision } from '../../../electron/common/decision.ts';
import { scoreAnalysis, type ScoreOutcome } from '../../../electron/common/scoring/score-analysis.ts';
import { Autosave } from '../editing/autosave.svelte.ts';
import { changedFields, History, type Step } from '../editing/history.svelte.ts';
import { PatchCheck } from '../editing/patch-check.ts';
import type { Toast } from '../editing/toast.svelte.ts';

export type AnalysesApi = Pick<
  Api,
  'listAnalyses' | 'createAnalysis' | 'updateAnalysis' | 'deleteAnalysis' | 'restoreAnalysis' | 'decideFromAnalysis'
>;
export interface AnalysesDeps {
  api: AnalysesApi;
  /** Opens an analysis (or the list, for null). */
  open: (id: string | null) => void;
  /** The worked example a new workspace starts from. */
  example: () => AnalysisPatch;
  /** The app's one toast, for "Deleted …  Undo". */
  toast: Toast;
  now?: () => number;
}

/** The fields a user edits, as the patch that saves them. */
export function editablePatch(a: Analysis): AnalysisPatch {
  const { title, description, options, criteria, ratings, montecarlo, ahp } = a;
  return { title, description, options, criteria, ratings, montecarlo, ahp };
}

const patchCheck = new PatchCheck<AnalysisPatch>(
  async () => (await import('../../../electron/common/analysis.ts')).analysisPatchSchema,
  'the analysis is not valid',
);

const editableKeys = ['title', 'description', 'options', 'criteria', 'ratings', 'montecarlo', 'ahp'] as const;
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class Analyses {
  list = $state.raw<Analysis[]>([]);
  loaded = $state(false);
  selectedId = $state<string | null>(null);
  /** The last failed action (load, create, delete, decide), in words. */
  error = $state<string | null>(null);
  readonly autosave: Autosave<AnalysisPatch, Analysis>;
  /** Every edit of the selected analysis; quick edits of one field undo as one step. */
  readonly history: History<AnalysisPatch>;

  /**
   * A new analysis nobody has typed into yet: shown in the editor, written to the folder only with its first edit, so
   * "+ New analysis" clicked by mistake leaves no "Untitled analysis" behind.
   */
  draft = $state.raw<Analysis | null>(null);
  /** The draft's id once it is saved: the editor stays the same (and keeps focus) across that change of id. */
  #savedDraft = $state<{ draft: string; saved: string } | null>(null);

  readonly selected = $derived(
    this.draft && this.draft.id === this.selectedId
      ? this.draft
      : (this.list.find((a) => a.id === this.selectedId) ?? null),
  );
  /** What the editor is keyed on: the analysis's id, or the draft's id for the analysis the draft became. */
  get editorKey(): string | null {
    return this.#savedDraft?.saved === this.selectedId ? this.#savedDraft.draft : this.selectedId;
  }
  /** Titles and descriptions do not change scores: re-score only when what scoring reads changes. */
  private readonly scoringKey = $derived(
    this.selected &&
      JSON.stringify([
        this.selected.id,
        this.selected.options.map((o) => o.id),
        this.selected.criteria,
        this.selected.ratings,
        this.selected.montecarlo,
        this.selected.ahp,
      ]),
  );
  readonly score = $derived.by((): ScoreOutcome | null =>
    this.scoringKey ? untrack(() => this.selected && scoreAnalysis(this.selected)) : null,
  );

  private readonly deps: AnalysesDeps;

  constructor(deps: AnalysesDeps) {
    this.deps = deps;
    this.history = new History(deps.now ? { now: deps.now } : {});
    this.autosave = new Autosave({
      save: async (id, patch) => deps.api.updateAnalysis(id, (await patchCheck.schema()).parse(patch)),
      problem: (_, patch) => patchCheck.problem(patch),
      saved: (id, stored) => {
        // Keep local text as typed (the host trims); take only the host's own fields.
        this.list = this.list.map((x) =>
          x.id === id ? { ...x, updatedAt: stored.updatedAt, decisionId: stored.decisionId } : x,
        );
      },
    });
  }

  async load(): Promise<void> {
    // The analyses are read when they are about to be shown and edited: the edits' check loads meanwhile.
    patchCheck.preload();
    try {
      const fresh = await this.deps.api.listAnalyses();
      // Local edits not yet saved win over what the host had.
      this.list = fresh.map((a) => ({ ...a, ...this.autosave.pending(a.id) }));
      this.loaded = true;
      this.error = null;
    } catch (e) {
      this.error = `Could not load the analyses: ${message(e)}`;
    }
  }

  select(id: string | null): void {
    if (id === this.selectedId) return;
    void this.flush();
    this.selectedId = id;
    this.draft = null;
    this.#savedDraft = null;
    this.history.reset();
  }

  /** Opens a blank draft in the editor; nothing is written until its first edit (see `edit`). */
  startDraft(): void {
    this.select(null);
    // The host stamps the real times when the draft is saved; these only fill the shape.
    this.draft = emptyAnalysis(`draft-${crypto.randomUUID()}`, '', '');
    this.selectedId = this.draft.id;
  }

  /** Applies an edit locally at once (scores follow live), records it for undo, and saves it shortly after. */
  edit(key: string, change: (a: Analysis) => Analysis): void {
    const current = this.selected;
    if (!current) return;
    const next = change(current);
    if (current === this.draft) {
      this.draft = next;
      if (!this.#saving) void this.saveDraft();
      return;
    }
    const changed = changedFields(current, next, editableKeys);
    if (!changed) return;
    this.history.record({ id: current.id, label: '', ...changed }, key);
    this.commit(next);
  }

  undo(): void {
    this.travel(this.history.undo());
  }

  redo(): void {
    this.travel(this.history.redo());
  }

  /** Saves any waiting edit now; resolves once every save so far has finished. */
  flush(): Promise<void> {
    return this.autosave.flush();
  }

  /** Creates an analysis and opens it: a new workspace starts from the worked example, later ones blank unless asked. */
  async start(example?: boolean): Promise<void> {
    if (!this.loaded) await this.load();
    const a = await this.create((example ?? this.list.length === 0) ? this.numberedExample() : null);
    if (a) this.deps.open(a.id);
  }

  /** The example again gets a number ("… (2)"), so copies can be told apart in the list. */
  private numberedExample(): AnalysisPatch {
    const seed = this.deps.example();
    const copies = this.list.filter((a) => a.title === seed.title || a.title.startsWith(`${seed.title} (`)).length;
    return copies === 0 ? seed : { ...seed, title: `${seed.title} (${copies + 1})` };
  }

  /** Creates an analysis, filled from `seed` when given; returns it, or null when the host refused. */
  async create(seed: AnalysisPatch | null): Promise<Analysis | null> {
    const { api } = this.deps;
    return this.act('Could not create the analysis', async () => {
      let a = await api.createAnalysis({ title: seed?.title ?? 'Untitled analysis' });
      if (seed) a = await api.updateAnalysis(a.id, seed);
      this.list = [a, ...this.list];
      return a;
    });
  }

  #saving = false;

  /** Writes the draft as a new analysis with everything typed into it so far, then edits that analysis instead. */
  private async saveDraft(): Promise<void> {
    const typed = this.draft;
    if (!typed) return;
    this.#saving = true;
    const created = await this.act('Could not create the analysis', () =>
      this.deps.api.createAnalysis({ title: typed.title.trim() || 'Untitled analysis' }),
    );
    this.#saving = false;
    const latest = this.draft;
    if (!created || !latest || latest.id !== typed.id) return;
    const saved = { ...latest, id: created.id, createdAt: created.createdAt, updatedAt: created.updatedAt };
    this.list = [saved, ...this.list];
    this.#savedDraft = { draft: latest.id, saved: created.id };
    this.draft = null;
    this.selectedId = created.id;
    this.autosave.queue(created.id, editablePatch(saved));
    this.deps.open(created.id);
  }

  /** Deletes an analysis, with a toast whose Undo brings it back. */
  async remove(id: string): Promise<void> {
    const a = this.list.find((x) => x.id === id);
    if (!a) return;
    await this.flush();
    await this.act(`Could not delete “${a.title}”`, async () => {
      const { undoToken } = await this.deps.api.deleteAnalysis(id);
      this.list = this.list.filter((x) => x.id !== id);
      this.autosave.drop(id);
      if (this.selectedId === id) this.select(null);
      this.deps.toast.show(`Deleted “${a.title}”.`, { label: 'Undo', run: () => void this.restore(undoToken) });
    });
  }

  /** Brings back a deleted analysis and opens it. */
  async restore(token: string): Promise<Analysis | null> {
    this.deps.toast.dismiss();
    const a = await this.act('Could not restore the analysis', () => this.deps.api.restoreAnalysis(token));
    if (a) {
      this.list = [a, ...this.list.filter((x) => x.id !== a.id)];
      this.deps.open(a.id);
    }
    return a;
  }

  /** Saves, then turns the analysis into a proposed decision; returns the decision, or null on failure. */
  async decide(id: string, confirmed: { acceptInconsistent?: boolean } = {}): Promise<Decision | null> {
    await this.flush();
    return this.act('Could not create the decision', async () => {
      const { decision, analysis } = await this.deps.api.decideFromAnalysis(id, confirmed);
      this.list = this.list.map((x) =>
        x.id === id ? { ...x, decisionId: analysis.decisionId, updatedAt: analysis.updatedAt } : x,
      );
      return decision;
    });
  }

  /** Runs a host write (shown as saving); a refusal lands in `error`, prefixed with what failed. */
  private async act<T>(failed: string, run: () => Promise<T>): Promise<T | null> {
    try {
      const result = await this.autosave.write(run);
      this.error = null;
      return result;
    } catch (e) {
      this.error = `${failed}: ${message(e)}`;
      return null;
    }
  }

  private travel(step: Step<AnalysisPatch> | null): void {
    // Only what the user edits travels back in time; the host's fields (decision link, timestamps) stay current.
    const current = step && this.list.find((a) => a.id === step.id);
    if (current) this.commit({ ...current, ...step.patch });
  }

  private commit(next: Analysis): void {
    this.list = this.list.map((a) => (a.id === next.id ? next : a));
    this.autosave.queue(next.id, editablePatch(next));
  }
}
