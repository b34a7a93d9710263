// Pure edits of an analysis (each returns a new analysis) and the example a new workspace starts from.
import { catalog } from '../../../lib/catalog-data.ts';
import type {
  Analysis,
  AnalysisPatch,
  Criterion,
  FavouredPole,
  MonteCarloSettings,
  TradeoffId,
} from '../../../../electron/common/analysis.ts';

export type Edit = (a: Analysis) => Analysis;

/** "Scalability over Cost" for T6 favouring its left pole. */
export function tradeoffCriterionTitle(tradeoff: TradeoffId, favours: FavouredPole): string {
  const t = catalog.tradeoff.get(tradeoff);
  if (!t) return tradeoff;
  return favours === 'left' ? `${t.left} over ${t.right}` : `${t.right} over ${t.left}`;
}

export const setTitle =
  (title: string): Edit =>
  (a) => ({ ...a, title });
export const setDescription =
  (description: string): Edit =>
  (a) => ({ ...a, description });

export const addOption =
  (id: string, title: string): Edit =>
  (a) => ({ ...a, options: [...a.options, { id, title, description: '' }] });
export const renameOption =
  (id: string, title: string): Edit =>
  (a) => ({
    ...a,
    options: a.options.map((o) => (o.id === id ? { ...o, title } : o)),
  });
export const removeOption =
  (id: string): Edit =>
  (a) => {
    const ratings = { ...a.ratings };
    delete ratings[id];
    return { ...a, options: a.options.filter((o) => o.id !== id), ratings };
  };

/** Adds a criterion; with AHP on, it joins the judgements as "equally important" to every other. */
export const addCriterion =
  (c: Criterion): Edit =>
  (a) => ({
    ...a,
    criteria: [...a.criteria, c],
    ahp: a.ahp && {
      criteria: [...a.ahp.criteria, c.id],
      matrix: [...a.ahp.matrix.map((row) => [...row, 1]), a.ahp.criteria.map(() => 1).concat(1)],
    },
  });

/** Changes a criterion; naming a tradeoff makes it a benefit criterion, dropping the tradeoff drops the pole. */
export const updateCriterion =
  (id: string, change: Partial<Omit<Criterion, 'id'>>): Edit =>
  (a) => ({
    ...a,
    criteria: a.criteria.map((c) => {
      if (c.id !== id) return c;
      const next = { ...c, ...change };
      return next.tradeoff
        ? { ...next, type: 'benefit' as const, favours: next.favours ?? 'left' }
        : { ...next, favours: null };
    }),
  });

export const removeCriterion =
  (id: string): Edit =>
  (a) => {
    const ratings = Object.fromEntries(
      Object.entries(a.ratings).map(([o, row]) => {
        const { [id]: _dropped, ...rest } = row;
        return [o, rest];
      }),
    );
    let ahp = a.ahp;
    const k = ahp?.criteria.indexOf(id) ?? -1;
    if (ahp && k >= 0) {
      ahp = {
        criteria: ahp.criteria.filter((c) => c !== id),
        matrix: ahp.matrix.filter((_, i) => i !== k).map((row) => row.filter((_, j) => j !== k)),
      };
    }
    return { ...a, criteria: a.criteria.filter((c) => c.id !== id), ratings, ahp };
  };

/** Sets or (with null) clears one rating. */
export const setRating =
  (optionId: string, criterionId: string, value: number | null): Edit =>
  (a) => {
    const row = { ...(Object.hasOwn(a.ratings, optionId) ? a.ratings[optionId] : {}) };
    if (value === null) delete row[criterionId];
    else row[criterionId] = value;
    return { ...a, ratings: { ...a.ratings, [optionId]: row } };
  };

export const setMonteCarlo =
  (change: Partial<MonteCarloSettings>): Edit =>
  (a) => ({ ...a, montecarlo: { ...a.montecarlo, ...change } });

/** Saaty's scale as a matrix entry: the nearest of 1/9 … 1 … 9 to a weight ratio. */
export function saatyNearest(ratio: number): number {
  const scale = [...[9, 8, 7, 6, 5, 4, 3, 2].map((n) => 1 / n), 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const target = Math.log(ratio);
  return scale.reduce((best, x) => (Math.abs(Math.log(x) - target) < Math.abs(Math.log(best) - target) ? x : best), 1);
}

/** Turns AHP on, starting from judgements that echo the current weights (equal where a weight is 0). */
export const enableAhp: Edit = (a) => ({
  ...a,
  ahp: {
    criteria: a.criteria.map((c) => c.id),
    matrix: a.criteria.map((ci) =>
      a.criteria.map((cj) => (ci === cj || ci.weight <= 0 || cj.weight <= 0 ? 1 : saatyNearest(ci.weight / cj.weight))),
    ),
  },
});
export const disableAhp: Edit = (a) => ({ ...a, ahp: null });

/** Records "row matters `value` times as much as col" and its reciprocal. */
export const setJudgement =
  (row: number, col: number, value: number): Edit =>
  (a) => {
    if (!a.ahp || row === col) return a;
    const matrix = a.ahp.matrix.map((r, i) =>
      r.map((x, j) => (i === row && j === col ? value : i === col && j === row ? 1 / value : x)),
    );
    return { ...a, ahp: { ...a.ahp, matrix } };
  };

export const EXAMPLE_TITLE = 'Batch retraining vs online learning';

/** A small, realistic starting point: three retraining strategies weighed on T2, T6 and operating effort. */
export function exampleAnalysis(): Required<
  Pick<AnalysisPatch, 'title' | 'description' | 'options' | 'criteria' | 'ratings'>
> {
  return {
    title: EXAMPLE_TITLE,
    description:
      'Our fraud-detection model loses accuracy within weeks as attack patterns shift. ' +
      'Should we keep retraining in nightly batches, learn online from every labelled event, or combine the two?',
    options: [
      {
        id: 'batch',
        title: 'Nightly batch retraining',
        description: 'Retrain from scratch on the last 90 days every night.',
      },
      {
        id: 'online',
        title: 'Online learning',
        description: 'Update the model incrementally on every labelled event.',
      },
      {
        id: 'hybrid',
        title: 'Hybrid: online updates, weekly rebuild',
        description: 'Incremental updates, with a full batch rebuild each week.',
      },
    ],
    criteria: [
      {
        id: 'accuracy',
        title: tradeoffCriterionTitle('T2', 'right'),
        tradeoff: 'T2',
        favours: 'right',
        type: 'benefit',
        weight: 40,
      },
      {
        id: 'scalability',
        title: tradeoffCriterionTitle('T6', 'left'),
        tradeoff: 'T6',
        favours: 'left',
        type: 'benefit',
        weight: 35,
      },
      { id: 'effort', title: 'Operating effort', tradeoff: null, favours: null, type: 'cost', weight: 25 },
    ],
    ratings: {
      batch: { accuracy: 4, scalability: 3, effort: 2 },
      online: { accuracy: 3, scalability: 5, effort: 4 },
      hybrid: { accuracy: 5, scalability: 4, effort: 4 },
    },
  };
}

/** A short id for a new option or criterion, unique within its analysis for all practical purposes. */
export const newId = (prefix: string): string => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
