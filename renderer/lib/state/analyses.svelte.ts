// The analyses as reactive state: the list, the selected analysis scored live, debounced saves, undo/redo and delete-with-undo.
import { untrack } from 'svelte';
import { analysisPatchSchema, type Analysis, type AnalysisPatch } from '../../../electron/common/analysis.ts';
import type { Api } from '../../../electron/common/api.ts';
import type { Decision } from '../../../electron/common/decision.ts';
import { scoreAnalysis, type ScoreOutcome } from '../../../electron/common/scoring/score-analysis.ts';
import { api } from '../api/client.ts';
import { SnapshotHistory } from './snapshot-history.svelte.ts';

export type AnalysesApi = Pick<
  Api,
  'listAnalyses' | 'createAnalysis' | 'updateAnalysis' | 'deleteAnalysis' | 'restoreAnalysis' | 'decideFromAnalysis'
>;
/** "pending": edited, waiting for the debounce; "invalid": not saved until the named problem is fixed. */
export type EditSaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'error';

export const SAVE_DELAY_MS = 400;
export const HISTORY_LIMIT = 50;
/** Edits of the same field closer together than this undo as one step, so typing a word is one undo. */
export const COALESCE_MS = 1000;
export const TOAST_MS = 10_000;

/** The fields a user edits, as the patch that saves them. */
export function editablePatch(a: Analysis): AnalysisPatch {
  const { title, description, options, criteria, ratings, montecarlo, ahp } = a;
  return { title, description, options, criteria, ratings, montecarlo, ahp };
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class Analyses {
  list = $state.raw<Analysis[]>([]);
  loaded = $state(false);
  selectedId = $state<string | null>(null);
  saveState = $state<EditSaveState>('saved');
  saveMessage = $state<string | null>(null);
  /** The last failed action (load, create, delete, decide), in words. */
  error = $state<string | null>(null);
  toast = $state<{ message: string; token: string } | null>(null);
  readonly history = new SnapshotHistory<Analysis>(HISTORY_LIMIT, COALESCE_MS);

  readonly selected = $derived(this.list.find((a) => a.id === this.selectedId) ?? null);
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

  private pendingId: string | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();

  private readonly deps: { api: AnalysesApi; now?: () => number };

  constructor(deps: { api: AnalysesApi; now?: () => number }) {
    this.deps = deps;
  }

  async load(): Promise<void> {
    try {
      this.list = await this.deps.api.listAnalyses();
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
    this.history.reset();
  }

  /** Applies an edit locally at once (scores follow live) and saves it shortly after. */
  edit(key: string, change: (a: Analysis) => Analysis): void {
    const current = this.selected;
    if (!current) return;
    const next = change(current);
    if (next === current) return;
    this.history.record(current, key, this.deps.now?.() ?? Date.now());
    this.commit(next);
  }

  undo(): void {
    const current = this.selected;
    if (current) this.travel(current, this.history.undo(current));
  }

  redo(): void {
    const current = this.selected;
    if (current) this.travel(current, this.history.redo(current));
  }

  get canUndo(): boolean {
    return this.history.canUndo;
  }

  get canRedo(): boolean {
    return this.history.canRedo;
  }

  /** Whether an edit has not reached the workspace yet. */
  get unsaved(): boolean {
    return this.pendingId !== null;
  }

  /** Saves any waiting edit now; resolves once every save so far has finished. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const id = this.pendingId;
    this.pendingId = null;
    if (id) this.saving = this.saving.then(() => this.save(id));
    return this.saving;
  }

  /** Creates an analysis, filled from `seed` when given; returns it, or null when the host refused. */
  async create(seed: AnalysisPatch | null): Promise<Analysis | null> {
    try {
      let a = await this.deps.api.createAnalysis({ title: seed?.title ?? 'Untitled analysis' });
      if (seed) a = await this.deps.api.updateAnalysis(a.id, seed);
      this.list = [a, ...this.list];
      this.error = null;
      return a;
    } catch (e) {
      this.error = `Could not create the analysis: ${message(e)}`;
      return null;
    }
  }

  async remove(id: string): Promise<void> {
    const a = this.list.find((x) => x.id === id);
    if (!a) return;
    await this.flush();
    try {
      const { undoToken } = await this.deps.api.deleteAnalysis(id);
      this.list = this.list.filter((x) => x.id !== id);
      if (this.selectedId === id) this.select(null);
      this.showToast({ message: `Deleted “${a.title}”.`, token: undoToken });
      this.error = null;
    } catch (e) {
      this.error = `Could not delete “${a.title}”: ${message(e)}`;
    }
  }

  /** Brings back the analysis the toast names; returns it so the view can open it. */
  async undoDelete(): Promise<Analysis | null> {
    const toast = this.toast;
    if (!toast) return null;
    this.showToast(null);
    try {
      const a = await this.deps.api.restoreAnalysis(toast.token);
      this.list = [a, ...this.list.filter((x) => x.id !== a.id)];
      return a;
    } catch (e) {
      this.error = `Could not restore the analysis: ${message(e)}`;
      return null;
    }
  }

  showToast(toast: { message: string; token: string } | null): void {
    clearTimeout(this.toastTimer);
    this.toast = toast;
    if (toast) this.toastTimer = setTimeout(() => (this.toast = null), TOAST_MS);
  }

  /** Saves, then turns the analysis into a proposed decision; returns the decision, or null on failure. */
  async decide(id: string): Promise<Decision | null> {
    await this.flush();
    try {
      const { decision, analysis } = await this.deps.api.decideFromAnalysis(id);
      this.list = this.list.map((x) =>
        x.id === id ? { ...x, decisionId: analysis.decisionId, updatedAt: analysis.updatedAt } : x,
      );
      this.error = null;
      return decision;
    } catch (e) {
      this.error = `Could not create the decision: ${message(e)}`;
      return null;
    }
  }

  private travel(current: Analysis, snapshot: Analysis | null): void {
    // Only what the user edits travels back in time; the host's fields (decision link, timestamps) stay current.
    if (snapshot) this.commit({ ...current, ...editablePatch(snapshot) });
  }

  private commit(next: Analysis): void {
    this.list = this.list.map((a) => (a.id === next.id ? next : a));
    if (this.pendingId && this.pendingId !== next.id) void this.flush();
    this.pendingId = next.id;
    this.saveState = 'pending';
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), SAVE_DELAY_MS);
  }

  private async save(id: string): Promise<void> {
    const a = this.list.find((x) => x.id === id);
    if (!a) return;
    const parsed = analysisPatchSchema.safeParse(editablePatch(a));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      this.saveState = 'invalid';
      this.saveMessage = issue ? issue.message : 'the analysis is not valid';
      // Still unsaved: a later flush (switching analyses, quitting) tries again.
      this.pendingId ??= id;
      return;
    }
    this.saveState = 'saving';
    try {
      const saved = await this.deps.api.updateAnalysis(id, parsed.data);
      // Keep local text as typed (the host trims); take only the host's own fields.
      this.list = this.list.map((x) =>
        x.id === id ? { ...x, updatedAt: saved.updatedAt, decisionId: saved.decisionId } : x,
      );
      if (!this.pendingId) {
        this.saveState = 'saved';
        this.saveMessage = null;
      }
    } catch (e) {
      this.saveState = 'error';
      this.saveMessage = message(e);
      this.pendingId ??= id;
    }
  }
}

export const analyses = new Analyses({ api });
