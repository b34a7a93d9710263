// A decision as lists show it: the few fields a row, the filters and the backlinks need, never its body.
import { decisionCitations, type Decision } from './decision.ts';
import { readLinkLine } from './adr-markdown/links.ts';

export type DecisionSummary = Pick<
  Decision,
  | 'id'
  | 'version'
  | 'number'
  | 'title'
  | 'status'
  | 'lifecycle'
  | 'date'
  | 'reviewBy'
  | 'tags'
  | 'supersedes'
  | 'supersededBy'
  | 'analysisId'
  | 'git'
> & {
  /** Catalogue keys the file cites ("CM12", "LR101"), once each, so backlinks need no body. */
  citations: string[];
  /** Numbers of the records this one amends ("Amends [4. X](0004-x.md)"), for the decision graph. */
  amends: number[];
};

/** The targets of the file's "Amends" link lines; "Amended by" lines are the other record's "Amends". */
export function amendedNumbers(markdown: string): number[] {
  const numbers = markdown.split('\n').flatMap((line) => {
    const link = readLinkLine(line);
    return link !== null && /^amends$/i.test(link.relation.trim()) && link.number !== null ? [link.number] : [];
  });
  return [...new Set(numbers)];
}

export function summaryOf(d: Decision): DecisionSummary {
  return {
    id: d.id,
    version: d.version,
    number: d.number,
    title: d.title,
    status: d.status,
    lifecycle: d.lifecycle,
    date: d.date,
    reviewBy: d.reviewBy,
    tags: d.tags,
    supersedes: d.supersedes,
    supersededBy: d.supersededBy,
    analysisId: d.analysisId,
    git: d.git,
    citations: decisionCitations(d),
    amends: amendedNumbers(d.markdown),
  };
}
