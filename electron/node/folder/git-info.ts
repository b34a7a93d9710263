// Each record's git state and last commit, refreshed after changes; null everywhere when there is no git.
import type { DecisionGit } from '../../common/decision.ts';
import { lastCommits } from '../git/git-log.ts';
import { gitStatus } from '../git/git-status.ts';
import { mayBeInGitWorkTree } from './git-presence.ts';

/** How git is asked; tests count the asks. */
export interface GitReaders {
  status: typeof gitStatus;
  commits: typeof lastCommits;
}

/** What a refresh reads: everything, or the files' states only (all that the app's own writes change: it never commits). */
export type GitScope = 'all' | 'states';

export class GitInfo {
  readonly #dir: string;
  readonly #readers: GitReaders;
  #states: Map<string, DecisionGit['state']> | null = null;
  #commits: Map<string, NonNullable<DecisionGit['lastCommit']>> | null = null;
  #refreshing: Promise<void> | null = null;
  #again: GitScope | null = null;
  /** Counts the reads of git: what is built from `of` is kept while this stays the same. */
  #revision = 0;

  constructor(dir: string, readers: GitReaders = { status: gitStatus, commits: lastCommits }) {
    this.#dir = dir;
    this.#readers = readers;
  }

  get revision(): number {
    return this.#revision;
  }

  of(file: string): DecisionGit | null {
    if (!this.#states) return null;
    return { state: this.#states.get(file) ?? 'unchanged', lastCommit: this.#commits?.get(file) ?? null };
  }

  /**
   * Reads git again; calls during a refresh coalesce into one more, so a burst of saves costs two runs, not N. A save
   * asks for the states only: the history walk that finds each file's last commit is the costly part on a large log.
   */
  refresh(scope: GitScope = 'all'): Promise<void> {
    if (this.#refreshing) {
      this.#again = this.#again === 'all' || scope === 'all' ? 'all' : 'states';
      return this.#refreshing;
    }
    this.#refreshing = this.#read(scope).finally(() => {
      this.#refreshing = null;
      const again = this.#again;
      this.#again = null;
      if (again) void this.refresh(again);
    });
    return this.#refreshing;
  }

  async #read(scope: GitScope): Promise<void> {
    // Git is a help, never a requirement: any failure leaves the records without git information.
    try {
      const inGit = await mayBeInGitWorkTree(this.#dir);
      // Without git information so far (no repository before), the commits are read too.
      const commitsToo = scope === 'all' || this.#states === null;
      const [states, commits] = inGit
        ? await Promise.all([
            this.#readers.status(this.#dir),
            commitsToo ? this.#readers.commits(this.#dir) : this.#commits,
          ])
        : [null, null];
      this.#states = states;
      this.#commits = commits;
    } catch {
      this.#states = null;
      this.#commits = null;
    }
    this.#revision++;
  }
}
