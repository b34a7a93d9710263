// Each record's git state and last commit, refreshed after changes; null everywhere when there is no git.
import type { DecisionGit } from '../../common/decision.ts';
import { lastCommits } from '../git/git-log.ts';
import { gitStatus } from '../git/git-status.ts';

export class GitInfo {
  readonly #dir: string;
  #states: Map<string, DecisionGit['state']> | null = null;
  #commits: Map<string, NonNullable<DecisionGit['lastCommit']>> | null = null;
  #refreshing: Promise<void> | null = null;
  #again = false;

  constructor(dir: string) {
    this.#dir = dir;
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
      const [states, commits] = await Promise.all([gitStatus(this.#dir), lastCommits(this.#dir)]);
      this.#states = states;
      this.#commits = commits;
    } catch {
      this.#states = null;
      this.#commits = null;
    }
  }
}
