// A record's list row read from its file without the body's fields: the list, its filters and the catalogue's
// backlinks need only the metadata and the cited keys, and reading those costs a fraction of the whole record.
import { metaList, metaText } from '../../common/adr-file/field-values.ts';
import { readMetaLayout } from '../../common/adr-file/record-layout.ts';
import { summaryFromLayout } from '../../common/adr-file/record-file.ts';
import { citedKeys } from '../../common/decision.ts';
import { amendedNumbers, type DecisionSummary } from '../../common/decision-summary.ts';
import type { RecordExtras } from '../folder/record-view.ts';

/** The row without what the folder adds (the analysis linking to it, git): kept by version, so read once per version. */
export type FileSummary = Omit<DecisionSummary, 'analysisId' | 'git'> & {
  /** The analysis the file itself names, which wins over one that names the file. */
  analysis: string | null;
};

export function fileSummaryOf(file: string, version: string, text: string): FileSummary {
  const layout = readMetaLayout(text);
  const s = summaryFromLayout(file, layout);
  return {
    id: file,
    version,
    number: s.number,
    title: s.title,
    status: s.status,
    lifecycle: s.lifecycle,
    date: s.date,
    reviewBy: metaText(layout, layout.places.reviewBy),
    tags: metaList(layout, layout.places.tags, 'tags'),
    supersedes: s.supersedes,
    supersededBy: s.supersededBy[0] ?? null,
    citations: [...new Set(citedKeys(text))],
    amends: amendedNumbers(text),
    analysis: metaText(layout, layout.places.analysis),
  };
}

// Field by field: an object rest spread here cost more than reading the rows from the cache.
export function withExtras(s: FileSummary, extras: RecordExtras): DecisionSummary {
  return {
    id: s.id,
    version: s.version,
    number: s.number,
    title: s.title,
    status: s.status,
    lifecycle: s.lifecycle,
    date: s.date,
    reviewBy: s.reviewBy,
    tags: s.tags,
    supersedes: s.supersedes,
    supersededBy: s.supersededBy,
    analysisId: s.analysis ?? extras.analysisId,
    git: extras.git,
    citations: s.citations,
    amends: s.amends,
  };
}
