// The scoring input of a team: the CLI's `score FILE.json` with `judges` in place of `ratings`, also met by an analysis and its judge files.
import { z } from 'zod';
import { analysisLimits, entityId } from '../analysis.ts';
import { scoreInputSchema } from './input.ts';

/** More judges than this are a survey, not a team weighing an analysis together. */
export const JUDGE_LIMIT = 50;

/** Shape only; checkTeamInput adds the rules that span fields. Weights and ratings are plain numbers so errors can name the judge. */
export const judgeInputSchema = z.object({
  id: entityId,
  name: z.string().max(analysisLimits.title).optional(),
  /** Relative say in the group; 1 when absent, so judges without weights count equally. */
  weight: z.number().optional(),
  ratings: z.record(z.string(), z.record(z.string(), z.number())),
  ahp: z
    .object({ criteria: z.array(z.string()), matrix: z.array(z.array(z.number())) })
    .nullable()
    .optional(),
});
export type JudgeInput = z.infer<typeof judgeInputSchema>;

export const teamInputSchema = scoreInputSchema
  .omit({ ratings: true })
  .extend({ judges: z.array(judgeInputSchema).max(JUDGE_LIMIT) });
export type TeamInput = z.infer<typeof teamInputSchema>;
