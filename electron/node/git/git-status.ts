// Whether each record in the folder is unchanged, modified, new, untracked or deleted, as git sees it.
import { isRecordPath, workTreePrefix } from './git-paths.ts';
import { runGit } from './run-git.ts';

/** "new": in the index but not in HEAD; "deleted": known to git but gone from the folder. */
export type FileState = 'unchanged' | 'modified' | 'new' | 'untracked' | 'deleted';

/** One porcelain v1 XY code (index column, work-tree column) as a state; unmerged files count as modified. */
function stateOf(x: string, y: string): FileState {
  if (x === '?') return 'untracked';
  // Unmerged: U on either side, or added by both (AU, "added by us", is in HEAD, so it is not new).
  if (x === 'U' || y === 'U' || x + y === 'AA') return 'modified';
  if (x === 'D' || y === 'D') return 'deleted';
  if (x === 'A' || y === 'A' || x === 'R' || x === 'C') return 'new';
  return 'modified';
}

/** The folder's .md files by name, or null without git or outside a work tree. */
export async function gitStatus(dir: string): Promise<Map<string, FileState> | null> {
  const prefix = await workTreePrefix(dir);
  if (prefix === null) return null;
  // -z: names come unquoted and NUL-separated, so spaces, quotes and non-ASCII letters need no unescaping.
  const [tracked, changed] = await Promise.all([
    runGit(dir, ['ls-files', '-z', '--', '.']),
    runGit(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all', '--', '.']),
  ]);
  if (!tracked.ok || !changed.ok) return null;

  const inFolder = (path: string) => (path.startsWith(prefix) ? path.slice(prefix.length) : '');
  const states = new Map<string, FileState>();
  for (const file of tracked.stdout.split('\0')) if (isRecordPath(file)) states.set(file, 'unchanged');
  const entries = changed.stdout.split('\0');
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    if (entry.length < 4) continue;
    const [x = ' ', y = ' '] = entry;
    const file = inFolder(entry.slice(3));
    if (isRecordPath(file)) states.set(file, stateOf(x, y));
    // A rename or copy (in either column) is followed by its source; a renamed-away source has left the folder.
    if (/[RC]/.test(x + y)) {
      const source = inFolder(entries[++i] ?? '');
      if (/R/.test(x + y) && isRecordPath(source) && !states.has(source)) states.set(source, 'deleted');
    }
  }
  return states;
}
