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

export class GitInfo {
  readonly #dir: string;
  readonly #readers: GitReaders;
  #states: Map<string, DecisionGit['state']> | null = null;
  #commits: Map<string, NonNullable<DecisionGit['lastCommit']>> | null = null;
  #refreshing: Promise<void> | null = null;
  #again = false;

  constructor(dir: string, readers: GitReaders = { status: gitStatus, commits: lastCommits }) {
    this.#dir = dir;
    this.#readers = readers;
  }

  of(file: string): DecisionGit | null {
    if (!this.#states) return null;
    return { state: this.#states.get(file) ?? 'unchanged', lastCommit: this.#commits?.get(file) ?? null };
  }

  /** Reads git again; calls during a refresh coalesce into one more, so a burst of saves costs two runs, not N. */
  refresh(): Promise<void> {
    if (this.#refreshing) {
      this.#again = true;
      return this.#refreshing;
    }
    this.#refreshing = this.#read().finally(() => {
      this.#refreshing = null;
      if (this.#again) {
        this.#again = false;
        void this.refresh();
      }
    });
    return this.#refreshing;
  }

  async #read(): Promise<void> {
    // Git is a help, never a requirement: any failure leaves the records without git information.
    try {
      const inGit = await mayBeInGitWorkTree(this.#dir);
      const [states, commits] = inGit
        ? await Promise.all([this.#readers.status(this.#dir), this.#readers.commits(this.#dir)])
        : [null, null];
      this.#states = states;
      this.#commits = commits;
    } catch {
      this.#states = null;
      this.#commits = null;
    }
  }
}
