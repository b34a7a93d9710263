// The saved tradeoff analysis: options × criteria rated on an anchored 1–5 scale, plus Monte Carlo and AHP settings.
import { z } from 'zod';
import { analysisLimits, tradeoffIds } from './analysis-defaults.ts';

// What needs no zod lives apart, so a page that only shows analyses does without it; it is named here too.
export {
  analysisLimits,
  defaultMonteCarlo,
  emptyAnalysis,
  ratingAnchors,
  tradeoffIds,
  type RatingAnchor,
} from './analysis-defaults.ts';

export const tradeoffId = z.enum(tradeoffIds);
export type TradeoffId = z.infer<typeof tradeoffId>;

/** Which pole of a catalogue tradeoff (its left or right side in Table XVI) this project favours. */
export const favouredPole = z.enum(['left', 'right']);
export type FavouredPole = z.infer<typeof favouredPole>;

export const criterionType = z.enum(['benefit', 'cost']);
export type CriterionType = z.infer<typeof criterionType>;

export const monteCarloMode = z.enum(['dirichlet', 'perturb']);
export type MonteCarloMode = z.infer<typeof monteCarloMode>;

export const entityId = z.string().min(1).max(64);
export const rating = z
  .number()
  .int('ratings are whole numbers')
  .min(1, 'ratings run from 1 to 5')
  .max(5, 'ratings run from 1 to 5');

export const analysisOptionSchema = z.object({
  id: entityId,
  title: z.string().trim().min(1, 'an option needs a title').max(analysisLimits.title),
  description: z.string().max(analysisLimits.text),
});
export type AnalysisOption = z.infer<typeof analysisOptionSchema>;

export const criterionSchema = z.object({
  id: entityId,
  title: z.string().trim().min(1, 'a criterion needs a title').max(analysisLimits.title),
  /** The catalogue tradeoff this criterion stands for, or null for a custom criterion. */
  tradeoff: tradeoffId.nullable(),
  favours: favouredPole.nullable(),
  type: criterionType,
  weight: z.number().min(0, 'weights cannot be negative'),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** ratings[optionId][criterionId]; a cell may be missing while the user is still rating. */
export const ratingsSchema = z.record(z.string(), z.record(z.string(), rating));
export type Ratings = z.infer<typeof ratingsSchema>;

export const monteCarloSchema = z.object({
  samples: z.number().int().min(1).max(analysisLimits.samples),
  seed: z.number().int().min(0).max(0xffff_ffff),
  mode: monteCarloMode,
  /** Perturb mode only: each weight is multiplied by a factor drawn from [1 − spread, 1 + spread]. */
  spread: z.number().min(0).lt(1, 'spread must stay below 1 so no weight can vanish'),
});
export type MonteCarloSettings = z.infer<typeof monteCarloSchema>;

/** Pairwise judgements on Saaty's 1–9 scale; matrix[i][j] says how much more criteria[i] matters than criteria[j]. */
export const ahpJudgementsSchema = z.object({
  criteria: z.array(entityId).max(analysisLimits.criteria),
  matrix: z.array(z.array(z.number()).max(analysisLimits.criteria)).max(analysisLimits.criteria),
});
export type AhpJudgements = z.infer<typeof ahpJudgementsSchema>;

export const analysisObjectSchema = z.object({
  id: entityId,
  /** The question being decided. */
  title: z.string().trim().min(1, 'an analysis needs a question').max(analysisLimits.title),
  description: z.string().max(analysisLimits.text),
  options: z.array(analysisOptionSchema).max(analysisLimits.options),
  criteria: z.array(criterionSchema).max(analysisLimits.criteria),
  ratings: ratingsSchema,
  montecarlo: monteCarloSchema,
  /** When set, the AHP weights replace the criteria's own weights in scoring. */
  ahp: ahpJudgementsSchema.nullable(),
  decisionId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

/** Rules that span fields; kept out of the object schema so omit/partial still work on it. */
export const analysisSchema = analysisObjectSchema.superRefine((a, ctx) => {
  for (const [key, items] of [
    ['options', a.options],
    ['criteria', a.criteria],
  ] as const) {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id))
        ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
  }
  a.criteria.forEach((c, i) => {
    // A tradeoff criterion is rated by how well an option serves the favoured pole, so more is always better.
    if (c.tradeoff !== null && c.type !== 'benefit') {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'type'],
        message: `tradeoff criterion "${c.id}" must be a benefit criterion`,
      });
    }
    if (c.tradeoff === null && c.favours !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria', i, 'favours'],
        message: `criterion "${c.id}" favours a pole but names no tradeoff`,
      });
    }
  });
});
export type Analysis = z.infer<typeof analysisSchema>;

/** What a user may change directly; id and timestamps are the app's. */
export const analysisPatchSchema = analysisObjectSchema.omit({ id: true, createdAt: true, updatedAt: true }).partial();
export type AnalysisPatch = z.infer<typeof analysisPatchSchema>;
