// Parses a team's scoring input (judges in place of ratings): its shape, then the rules that span fields, in the user's words.
import { checkTeamInput } from './check-team.ts';
import { describePath } from './parse-input.ts';
import { teamInputSchema, type TeamInput } from './team-input.ts';

export type TeamParseOutcome = { ok: true; input: TeamInput } | { ok: false; errors: string[] };

/** Whether a parsed JSON file is a team's input: it has `judges`. */
export function isTeamInput(json: unknown): boolean {
  return typeof json === 'object' && json !== null && Object.hasOwn(json, 'judges');
}

export function parseTeamInput(json: unknown): TeamParseOutcome {
  // Ratings beside judges would be silently ignored; say so instead.
  if (typeof json === 'object' && json !== null && Object.hasOwn(json, 'ratings'))
    return { ok: false, errors: ['ratings: give either "ratings" or "judges", not both'] };
  const parsed = teamInputSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.error.issues.map((issue) => `${describePath(issue.path, json)}: ${issue.message}`),
    };
  const errors = checkTeamInput(parsed.data);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, input: parsed.data };
}
