// One record's unified diff against HEAD; an untracked record (or any record before the first commit) shows as new.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { checkFileName } from './git-paths.ts';
import { runGit } from './run-git.ts';

/** The diff text as git prints it; external diff drivers and text conversions are never run for a look. */
const diffArgs = ['diff', '--no-ext-diff', '--no-textconv'];

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** The record's changes since the last commit ("" when there are none), or null without git or outside a work tree. */
export async function diffAgainstHead(dir: string, file: string): Promise<string | null> {
  checkFileName(file);
  const [untracked, head] = await Promise.all([
    runGit(dir, ['ls-files', '-z', '--others', '--exclude-standard', '--', file]),
    runGit(dir, ['rev-parse', '-q', '--verify', 'HEAD^{commit}'], { okCodes: [1] }),
  ]);
  if (!untracked.ok || !head.ok) return null;
  if (untracked.stdout === '' && head.exitCode === 0) {
    // --relative: the headers name the file from the folder, as the --no-index diff below does.
    const diff = await runGit(dir, [...diffArgs, '--relative', 'HEAD', '--', file]);
    return diff.ok ? diff.stdout : null;
  }
  if (!(await exists(path.join(dir, file)))) return '';
  // --no-index compares two paths outside git's index; its exit code 1 means "they differ", not failure.
  const diff = await runGit(dir, [...diffArgs, '--no-index', '--', '/dev/null', file], { okCodes: [1] });
  return diff.ok ? diff.stdout : null;
}
