// The documented scoring input (the CLI's `score FILE.json` format, also satisfied by a saved Analysis) and its parser.
import { z } from 'zod';
import { analysisLimits, criterionType, entityId, favouredPole, monteCarloMode, tradeoffId } from '../analysis.ts';
import { checkScoreInput } from './check-input.ts';

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

export type ParseOutcome = { ok: true; input: ScoreInput } | { ok: false; errors: string[] };

export function parseScoreInput(json: unknown): ParseOutcome {
  const parsed = scoreInputSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${describePath(issue.path, json)}: ${issue.message}`),
    };
  const errors = checkScoreInput(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, input: parsed.data };
}

/** criteria[2].type → `criteria[2] ("latency").type`, so a message names the entry as the user wrote it. */
function describePath(path: readonly PropertyKey[], json: unknown): string {
  if (path.length === 0) return '(input)';
  let text = '';
  let node: unknown = json;
  for (const key of path) {
    if (typeof key === 'number') {
      text += `[${key}]`;
      node = Array.isArray(node) ? node[key] : undefined;
      const id = isRecord(node) ? node['id'] : undefined;
      if (typeof id === 'string') text += ` ("${id}")`;
    } else {
      text += text === '' ? String(key) : `.${String(key)}`;
      node = isRecord(node) ? node[String(key)] : undefined;
    }
  }
  return text;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null;
}
