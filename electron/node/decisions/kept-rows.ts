// The list's rows as last built, with the revisions of what they were built from: while none of those moved, a page's
// request gets the same array and costs no pass over 20,000 records.
import type { DecisionSummary } from '../../common/decision-summary.ts';

/** What the rows are built from: the records' and git's revisions, and which analysis each decision links. */
export interface RowSources {
  records: number;
  git: number;
  analysisOf: ReadonlyMap<string, string>;
}

const sameLinks = (a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>) =>
  a.size === b.size && [...a].every(([decision, analysis]) => b.get(decision) === analysis);

export class KeptRows {
  #kept: (RowSources & { rows: readonly DecisionSummary[] }) | null = null;

  /** The rows kept for `sources`, or `build`'s, kept from now on. */
  get(sources: RowSources, build: () => readonly DecisionSummary[]): readonly DecisionSummary[] {
    const kept = this.#kept;
    if (kept?.records === sources.records && kept.git === sources.git && sameLinks(kept.analysisOf, sources.analysisOf))
      return kept.rows;
    const rows = build();
    this.#kept = { ...sources, rows };
    return rows;
  }
}
