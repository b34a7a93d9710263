// The documented scoring input: the CLI's `score FILE.json` format, also satisfied by a saved Analysis.
import { z } from 'zod';
import { analysisLimits, criterionType, entityId, favouredPole, monteCarloMode, tradeoffId } from '../analysis.ts';

/**
 * Shape only; checkScoreInput adds the rules that span fields (ids, ratings, AHP). Ratings and weights
 * are plain numbers here so that their range errors can name the option and criterion involved.
 * When `ahp` is given, the weights it derives replace the criteria's `weight` values.
 */
export const scoreInputSchema = z.object({
  options: z
    .array(z.object({ id: entityId, title: z.string().max(analysisLimits.title).optional() }))
    .max(analysisLimits.options),
  criteria: z
    .array(
      z.object({
        id: entityId,
        title: z.string().max(analysisLimits.title).optional(),
        tradeoff: tradeoffId.nullable().optional(),
        favours: favouredPole.nullable().optional(),
        type: criterionType,
        weight: z.number(),
      }),
    )
    .max(analysisLimits.criteria),
  ratings: z.record(z.string(), z.record(z.string(), z.number())),
  montecarlo: z
    .object({
      samples: z.number().int().min(1).max(analysisLimits.samples),
      seed: z.number().int().min(0).max(0xffff_ffff),
      mode: monteCarloMode.optional(),
      spread: z.number().min(0).lt(1).optional(),
    })
    .optional(),
  ahp: z
    .object({ criteria: z.array(z.string()), matrix: z.array(z.array(z.number())) })
    .nullable()
    .optional(),
});
export type ScoreInput = z.infer<typeof scoreInputSchema>;
