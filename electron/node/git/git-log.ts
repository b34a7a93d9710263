// Each record's last commit (one `git log` walk for the whole folder) and one record's history across renames.
import { checkFileName, fromFolder, isRecordPath, workTreePrefix } from './git-paths.ts';
import { runGit } from './run-git.ts';

export interface CommitInfo {
  hash: string;
  author: string;
  /** Author date, strict ISO 8601 with the author's offset. */
  date: string;
  subject: string;
}

export interface HistoryEntry extends CommitInfo {
  /** The file's path at that commit, from the folder ("../old/0001-x.md" if it lived elsewhere). */
  path: string;
}

/**
 * Each commit starts with a record separator, then NUL-separated fields; with --name-only -z its paths follow, the
 * first after a newline. Names (mailmap applied) and subjects cannot hold NUL, so the fields split safely.
 */
const format = '--format=%x1e%H%x00%aN%x00%aI%x00%s';

function parseLog(stdout: string): { commit: CommitInfo; paths: string[] }[] {
  const commits: { commit: CommitInfo; paths: string[] }[] = [];
  const fields = stdout.split('\0');
  let i = 0;
  const next = () => fields[i++] ?? '';
  while (i < fields.length) {
    const hash = next();
    if (!hash.startsWith('\x1e')) continue;
    const commit = { hash: hash.slice(1), author: next(), date: next(), subject: next() };
    const paths: string[] = [];
    if (fields[i]?.startsWith('\n')) {
      paths.push(next().slice(1));
      while (i < fields.length && fields[i] !== '' && !fields[i]!.startsWith('\x1e')) paths.push(next());
    }
    commits.push({ commit, paths });
  }
  return commits;
}

/** `HEAD` is ignored while the branch has no commit yet, so a fresh repository has an empty history, not an error. */
const fromHead = ['--ignore-missing', 'HEAD'];

/**
 * The last commit of each record, or null without git. One walk of the folder's history, newest first, keeps the first
 * commit seen per file: thousands of records cost one process, not thousands. Without `files` the map also holds
 * names the folder's history has since renamed or deleted; with them, just those files.
 */
export async function lastCommits(dir: string, files?: readonly string[]): Promise<Map<string, CommitInfo> | null> {
  // --relative prints names from the folder, which `-- .` keeps the walk inside.
  const run = await runGit(dir, ['log', '--relative', '--name-only', '-z', format, ...fromHead, '--', '.']);
  if (!run.ok) return null;
  const wanted = files ? new Set(files) : null;
  const last = new Map<string, CommitInfo>();
  for (const { commit, paths } of parseLog(run.stdout)) {
    for (const file of paths) {
      if (isRecordPath(file) && !last.has(file) && (!wanted || wanted.has(file))) last.set(file, commit);
    }
    if (wanted && last.size === wanted.size) break;
  }
  return last;
}

/** Every commit of one record, newest first, following it across renames; null without git. */
export async function fileHistory(dir: string, file: string): Promise<HistoryEntry[] | null> {
  checkFileName(file);
  const prefix = await workTreePrefix(dir);
  if (prefix === null) return null;
  const run = await runGit(dir, ['log', '--follow', '--name-only', '-z', format, ...fromHead, '--', file]);
  if (!run.ok) return null;
  // A commit without paths (a merge) keeps the path of the newer entry before it.
  let path = prefix + file;
  return parseLog(run.stdout).map(({ commit, paths }) => {
    path = paths[0] ?? path;
    return { ...commit, path: fromFolder(prefix, path) };
  });
}
