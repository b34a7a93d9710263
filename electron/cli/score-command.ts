// `score FILE.json`: scores an analysis file (format in the README), one person's ratings or a team's judges, and prints JSON.
import { readFile } from 'node:fs/promises';
import { parseScoreInput } from '../common/scoring/parse-input.ts';
import { isTeamInput, parseTeamInput } from '../common/scoring/parse-team-input.ts';
import { scoreReport } from '../common/scoring/report.ts';
import { teamReport } from '../common/scoring/team-report.ts';
import type { Output } from './adr-commands.ts';

const maxBytes = 5 * 1024 * 1024;

export async function scoreCommand(file: string): Promise<Output> {
  const text = await readFile(file, 'utf8');
  if (text.length > maxBytes)
    return { out: '', err: `${file} is larger than 5 MB; an analysis file is a few kilobytes.`, code: 1 };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { out: '', err: `${file} is not valid JSON: ${(error as Error).message}`, code: 1 };
  }
  const scored = isTeamInput(json) ? scoreTeamFile(json) : scoreOneFile(json);
  if (!scored.ok) return { out: '', err: `${file} ${scored.problem}:\n- ${scored.errors.join('\n- ')}`, code: 1 };
  return { out: JSON.stringify(scored.report, null, 2), err: '', code: 0 };
}

type Scored = { ok: true; report: object } | { ok: false; problem: string; errors: string[] };

function scoreOneFile(json: unknown): Scored {
  const parsed = parseScoreInput(json);
  if (!parsed.ok) return { ok: false, problem: 'is not a valid analysis', errors: parsed.errors };
  const scored = scoreReport(parsed.input);
  return scored.ok ? scored : { ok: false, problem: 'cannot be scored', errors: scored.errors };
}

function scoreTeamFile(json: unknown): Scored {
  const parsed = parseTeamInput(json);
  if (!parsed.ok) return { ok: false, problem: 'is not a valid analysis with judges', errors: parsed.errors };
  const scored = teamReport(parsed.input);
  return scored.ok ? scored : { ok: false, problem: 'cannot be scored', errors: scored.errors };
}
