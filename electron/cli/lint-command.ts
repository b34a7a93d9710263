// `tradeoff-atlas lint [DIR]` with ESLint's conventions: stylish or JSON output, exit 1 on errors or too many warnings.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { calendarDate } from '../common/format.ts';
import { lintFolder, type LintMessage } from '../node/adr-files/lint-folder.ts';
import { catalogKeys } from '../node/api/catalog-report.ts';
import { findWorkspace } from '../node/folder/find-workspace.ts';
import type { Output } from './adr-commands.ts';

export const lintFormats = ['stylish', 'json'] as const;

export interface LintCommandOptions {
  format?: string;
  /** As typed; -1 (the default) means no limit, as in ESLint. */
  maxWarnings?: string;
  cwd?: string;
  today?: string;
}

// ESLint exits 2 when it could not lint at all (bad option, missing folder), keeping 1 for "problems found".
const usage = (err: string): Output => ({ out: '', err, code: 2 });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function stylish(messages: readonly LintMessage[], shown: string): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const lines = messages.map((m) => `${path.join(shown, m.file)}:${m.line}: ${m.severity} ${m.message} (${m.rule})`);
  const summary = `${plural(messages.length, 'problem')} (${plural(errors, 'error')}, ${plural(messages.length - errors, 'warning')})`;
  return [...lines, ...(lines.length > 0 ? [''] : []), summary].join('\n');
}

/** The folder to lint: DIR as given, else the decision folder adr-tools would find from here, else here. */
async function folderToLint(dir: string | undefined, cwd: string): Promise<{ dir: string; shown: string }> {
  if (dir !== undefined) return { dir: path.resolve(cwd, dir), shown: dir };
  const found = (await findWorkspace(cwd)) ?? cwd;
  return { dir: path.resolve(cwd, found), shown: path.relative(cwd, path.resolve(cwd, found)) || '.' };
}

export async function lintCommand(dir: string | undefined, opts: LintCommandOptions = {}): Promise<Output> {
  const format = opts.format ?? 'stylish';
  if (!(lintFormats as readonly string[]).includes(format))
    return usage(`Unknown format "${format}": use ${lintFormats.join(' or ')}.`);
  const maxWarnings = opts.maxWarnings === undefined ? -1 : Number(opts.maxWarnings);
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1 || opts.maxWarnings?.trim() === '')
    return usage(`--max-warnings takes a whole number (or -1 for no limit), not "${opts.maxWarnings}".`);
  const cwd = opts.cwd ?? process.cwd();
  const target = await folderToLint(dir, cwd);
  const isFolder = await stat(target.dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) return usage(`No such folder: ${target.shown}`);
  const messages = await lintFolder(target.dir, {
    knownKeys: catalogKeys(),
    today: opts.today ?? calendarDate(new Date()),
  });
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const tooMany = maxWarnings >= 0 && warnings > maxWarnings;
  const out = format === 'json' ? JSON.stringify(messages) : stylish(messages, target.shown);
  return {
    out,
    err: tooMany ? `Too many warnings: ${warnings}, and the maximum is ${maxWarnings}.` : '',
    code: errors > 0 || tooMany ? 1 : 0,
  };
}
