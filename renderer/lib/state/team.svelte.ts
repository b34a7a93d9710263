// The judges of the selected analysis as reactive state: who is rating, their edits saved to their own file, and the team's scores.
import { untrack } from 'svelte';
import type { AhpJudgements, Analysis } from '../../../electron/common/analysis.ts';
import { teamInputOf } from '../../../electron/common/analysis-team.ts';
import type { Api } from '../../../electron/common/api.ts';
import type { Judge, JudgeEntry, JudgePatch } from '../../../electron/common/judge.ts';
import { scoreTeam, type TeamOutcome } from '../../../electron/common/scoring/score-team.ts';

export type TeamApi = Pick<Api, 'listJudges' | 'addJudge' | 'updateJudge' | 'removeJudge'>;

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export class Team {
  entries = $state.raw<JudgeEntry[]>([]);
  /** The judge whose ratings and comparisons the editor shows and changes. */
  ratingAs = $state<string | null>(null);
  /** The last failed action, in words; a write refused because the file changed on disk says so. */
  error = $state<string | null>(null);
  readonly judges = $derived(this.entries.map((e) => e.judge));
  readonly current = $derived(this.judges.find((j) => j.id === this.ratingAs) ?? null);
  /** The team's scores, or null for an analysis without judges (scored as one person's, as before). */
  readonly score = $derived.by((): TeamOutcome | null => {
    const analysis = this.#analysis();
    if (!analysis || this.judges.length === 0) return null;
    const judges = this.judges;
    return untrack(() => scoreTeam(teamInputOf(analysis, judges)));
  });

  readonly #api: TeamApi;
  readonly #analysis: () => Analysis | null;
  #loadedFor: string | null = null;
  /** Each judge's saves run one after another, each based on the version the one before it wrote (not shown, so not reactive). */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #saving = new Map<string, Promise<void>>();

  constructor(api: TeamApi, analysis: () => Analysis | null) {
    this.#api = api;
    this.#analysis = analysis;
  }

  /** Reads the analysis's judges (again, after a git pull); keeps "rating as" when that judge is still there. */
  async load(analysisId: string | null): Promise<void> {
    if (analysisId !== this.#loadedFor) {
      this.entries = [];
      this.ratingAs = null;
    }
    this.#loadedFor = analysisId;
    if (!analysisId) return;
    try {
      const entries = await this.#api.listJudges(analysisId);
      if (this.#loadedFor !== analysisId) return;
      this.entries = entries;
      if (!entries.some((e) => e.judge.id === this.ratingAs)) this.ratingAs = entries[0]?.judge.id ?? null;
    } catch (e) {
      this.error = `Could not read the judges: ${message(e)}`;
    }
  }

  async add(name: string): Promise<boolean> {
    const analysisId = this.#loadedFor;
    if (!analysisId || !name.trim()) return false;
    try {
      const entry = await this.#api.addJudge(analysisId, { name: name.trim() });
      this.entries = [...this.entries, entry];
      this.ratingAs = entry.judge.id;
      this.error = null;
      return true;
    } catch (e) {
      this.error = `Could not add ${name.trim()}: ${message(e)}`;
      return false;
    }
  }

  async remove(judgeId: string): Promise<void> {
    const analysisId = this.#loadedFor;
    await this.#saving.get(judgeId);
    const entry = this.entries.find((e) => e.judge.id === judgeId);
    if (!analysisId || !entry) return;
    try {
      await this.#api.removeJudge(analysisId, judgeId, entry.version);
      this.entries = this.entries.filter((e) => e.judge.id !== judgeId);
      if (this.ratingAs === judgeId) this.ratingAs = this.entries[0]?.judge.id ?? null;
    } catch (e) {
      await this.#refused(analysisId, `Could not remove ${entry.judge.name}`, e);
    }
  }

  /** Sets (or, with null, clears) the current judge's rating of one option on one criterion. */
  rate(optionId: string, criterionId: string, value: number | null): void {
    this.#edit(this.ratingAs, (j) => {
      const row = { ...(j.ratings[optionId] ?? {}) };
      if (value === null) delete row[criterionId];
      else row[criterionId] = value;
      return { ratings: { ...j.ratings, [optionId]: row } };
    });
  }

  setAhp(ahp: AhpJudgements | null): void {
    this.#edit(this.ratingAs, () => ({ ahp }));
  }

  setWeight(judgeId: string, weight: number): void {
    if (Number.isFinite(weight) && weight >= 0) this.#edit(judgeId, () => ({ weight }));
  }

  rename(judgeId: string, name: string): void {
    if (name.trim()) this.#edit(judgeId, () => ({ name }));
  }

  /** Shows the edit at once (scores follow live), then writes the judge's file after their earlier writes. */
  #edit(judgeId: string | null, change: (j: Judge) => JudgePatch): void {
    const analysisId = this.#loadedFor;
    const entry = this.entries.find((e) => e.judge.id === judgeId);
    if (!analysisId || !entry || !judgeId) return;
    const patch = change(entry.judge);
    this.entries = this.entries.map((e) => (e === entry ? { ...e, judge: { ...e.judge, ...patch } } : e));
    const previous = this.#saving.get(judgeId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const base = this.entries.find((e) => e.judge.id === judgeId);
      if (!base || this.#loadedFor !== analysisId) return;
      try {
        const saved = await this.#api.updateJudge(analysisId, judgeId, patch, base.version);
        this.entries = this.entries.map((e) => (e.judge.id === judgeId ? { ...e, version: saved.version } : e));
        this.error = null;
      } catch (e) {
        await this.#refused(analysisId, `Could not save ${entry.judge.name}'s change`, e);
      }
    });
    this.#saving.set(judgeId, next);
  }

  /** A refused write (usually a teammate's file pulled in meanwhile): say so and show what is on disk now. */
  async #refused(analysisId: string, what: string, e: unknown): Promise<void> {
    const text = `${what}: ${message(e)}`;
    await this.load(analysisId);
    this.error = text;
  }

  /** Resolves once every write started so far has finished. */
  async flush(): Promise<void> {
    await Promise.all(this.#saving.values());
  }
}
