// Parses a scoring input: its shape (input.ts), then the rules that span fields (check-input.ts), in the user's words.
import { checkScoreInput } from './check-input.ts';
import { scoreInputSchema, type ScoreInput } from './input.ts';

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
export function describePath(path: readonly PropertyKey[], json: unknown): string {
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
