// `score FILE.json`: scores an analysis file (format in the README) and prints the result as JSON.
import { readFile } from 'node:fs/promises';
import { parseScoreInput } from '../common/scoring/parse-input.ts';
import { scoreReport } from '../common/scoring/report.ts';
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
  const parsed = parseScoreInput(json);
  if (!parsed.ok) return { out: '', err: `${file} is not a valid analysis:\n- ${parsed.errors.join('\n- ')}`, code: 1 };
  const scored = scoreReport(parsed.input);
  if (!scored.ok) return { out: '', err: `Cannot score ${file}:\n- ${scored.errors.join('\n- ')}`, code: 1 };
  return { out: JSON.stringify(scored.report, null, 2), err: '', code: 0 };
}
