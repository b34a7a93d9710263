// Runs git read-only in one folder: never a shell, no optional locks, no pager, C locale, bounded time and output.
import { execFile } from 'node:child_process';

/** Why there is no git information: git is not installed, or the folder is not inside a work tree. */
export type GitUnavailable = 'no-git' | 'not-a-work-tree';

export type GitRun = { ok: true; stdout: string; exitCode: number } | { ok: false; unavailable: GitUnavailable };

export interface GitRunOptions {
  /** Exit codes other than 0 that are answers, not failures (`git diff --no-index` exits 1 when files differ). */
  okCodes?: readonly number[];
  timeoutMs?: number;
  maxBytes?: number;
}

/** A git command that ran but failed, took too long or printed too much; the message names the command. */
export class GitError extends Error {
  override name = 'GitError';
}

/**
 * Fixed for every call, so neither the user's configuration nor a file name changes what the app parses:
 * pathspecs are literal (a file named ":(glob)*" is that file), file names are printed as they are, no colour,
 * `log.follow` would bend `git log -- .`, signatures would add lines, and a look must not start the
 * repository's file-system monitor program.
 */
const config = [
  'core.fsmonitor=false',
  'core.quotePath=false',
  'color.ui=false',
  'log.follow=false',
  'log.showSignature=false',
];
const fixedArgs = ['--no-pager', '--literal-pathspecs', ...config.flatMap((c) => ['-c', c])];

/** Set by git hooks (and shells started from them): they would point git at another repository than the folder's. */
const redirecting = [
  'GIT_DIR',
  'GIT_WORK_TREE',
  'GIT_INDEX_FILE',
  'GIT_OBJECT_DIRECTORY',
  'GIT_ALTERNATE_OBJECT_DIRECTORIES',
  'GIT_COMMON_DIR',
  'GIT_NAMESPACE',
];

function gitEnv(): NodeJS.ProcessEnv {
  // GIT_OPTIONAL_LOCKS=0: `git status` must not take index.lock and race the user's own git commands.
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0' };
  for (const name of redirecting) delete env[name];
  return env;
}

/** With LC_ALL=C git's messages are stable; the last one is a repository git will not use for this user. */
const notAWorkTree = /not a git repository|must be run in a work tree|dubious ownership/;

export function runGit(dir: string, args: readonly string[], opts: GitRunOptions = {}): Promise<GitRun> {
  const timeout = opts.timeoutMs ?? 20_000;
  const maxBuffer = opts.maxBytes ?? 64 * 1024 * 1024;
  const what = `git ${args.find((a) => !a.startsWith('-')) ?? ''}`.trim();
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...fixedArgs, '-C', dir, ...args],
      { env: gitEnv(), timeout, maxBuffer, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ ok: true, stdout, exitCode: 0 });
        const code: unknown = error.code;
        if (code === 'ENOENT') return resolve({ ok: false, unavailable: 'no-git' });
        if (typeof code === 'number' && opts.okCodes?.includes(code))
          return resolve({ ok: true, stdout, exitCode: code });
        if (code === 128 && notAWorkTree.test(stderr)) return resolve({ ok: false, unavailable: 'not-a-work-tree' });
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return reject(new GitError(`${what} printed more than ${maxBuffer} bytes and was stopped`));
        if (error.killed) return reject(new GitError(`${what} took longer than ${timeout} ms and was stopped`));
        reject(new GitError(`${what} failed: ${stderr.trim() || error.message}`));
      },
    );
    // Nothing is ever typed into git: a command that waits for input ends instead of hanging until the timeout.
    child.stdin?.end();
  });
}
