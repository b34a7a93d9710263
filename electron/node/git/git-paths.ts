// Where a folder sits in its repository, and which of git's paths are the folder's decision records.
import { runGit } from './run-git.ts';

/**
 * The folder's path from the repository root ("docs/decisions/", or "" at the root), or null without git or outside
 * a work tree. `git status` prints paths from the root whatever folder it runs in, so they are cut down with this.
 */
export async function workTreePrefix(dir: string): Promise<string | null> {
  const run = await runGit(dir, ['rev-parse', '--is-inside-work-tree', '--show-prefix']);
  if (!run.ok) return null;
  const [inside, prefix = ''] = run.stdout.split('\n');
  // Inside .git itself git answers "false": there is no work tree to compare with.
  return inside === 'true' ? prefix : null;
}

/** `path` (from the repository root) as seen from the folder at `prefix`: "0001-x.md", or "../old/0001-x.md". */
export function fromFolder(prefix: string, path: string): string {
  const from = prefix.split('/').filter(Boolean);
  const to = path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** The records the app reads: Markdown files directly in the folder (the ADR folder is flat, as listAdrFiles reads it). */
export function isRecordPath(relative: string): boolean {
  return !relative.includes('/') && /\.md$/i.test(relative);
}

// A backslash is a separator on Windows only; elsewhere it is an ordinary character of a file name.
const separator = process.platform === 'win32' ? /[/\\\0]/ : /[/\0]/;

/** Refuses a name that is not a file directly in the folder, so a caller cannot ask about the rest of the repository. */
export function checkFileName(file: string): void {
  if (file === '' || file === '.' || file === '..' || separator.test(file))
    throw new Error(`"${file}" is not the name of a file in the folder`);
}
