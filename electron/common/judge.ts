// A judge of an analysis: one architect's ratings (and optional AHP judgements), kept in a file of their own.
import { z } from 'zod';
import { ahpJudgementsSchema, analysisLimits, ratingsSchema } from './analysis.ts';

/** A judge's id names their file (`<id>.json`), so it is limited to characters every file system and git accept. */
export const judgeId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a judge id is lower-case letters, digits and hyphens');

export const judgeName = z.string().trim().min(1, 'a judge needs a name').max(analysisLimits.title);
/** Relative say in the group; weights are normalised over the judges, and 0 leaves the judge out of the group. */
export const judgeWeight = z.number().min(0, 'judge weights cannot be negative').max(1000);

export const judgeSchema = z.object({
  id: judgeId,
  name: judgeName,
  weight: judgeWeight,
  /** ratings[optionId][criterionId] on the anchored 1–5 scale; cells may be missing while the judge is rating. */
  ratings: ratingsSchema,
  /** The judge's own pairwise comparisons of the criteria, or null to take the group's weights. */
  ahp: ahpJudgementsSchema.nullable(),
  updatedAt: z.string(),
});
export type Judge = z.infer<typeof judgeSchema>;

/** What a user may change; the id is the file's name and the time is the host's. */
export const judgePatchSchema = judgeSchema.omit({ id: true, updatedAt: true }).partial().strict();
export type JudgePatch = z.infer<typeof judgePatchSchema>;

/** A judge as read from disk, with the version of the file that a later write must still find there. */
export interface JudgeEntry {
  judge: Judge;
  version: string;
}

/** "Ana María" → "ana-maria": a readable file name; `taken` ids get a numbered suffix. */
export function judgeIdFor(name: string, taken: ReadonlySet<string>): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'judge';
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}
