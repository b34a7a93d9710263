// Reads one ADR file as written: number, title, status, date, links and the fields the editor shows, inventing nothing.
import { readLinkLine } from '../adr-markdown/links.ts';
import { numberFromFileName } from './file-names.ts';
import { lifecycleOf, type Lifecycle } from './lifecycle.ts';
import { matchOption } from './option-match.ts';
import type { RecordOption } from './options-read.ts';
import { readLayout, readMetaLayout, type Dialect, type Layout, type MetaLayout } from './record-layout.ts';
import { proseLinks, supersedeNumbersOf, supersedeRefs, type RecordLink } from './record-links.ts';
import { consequencesText, listItemsOf, metaList, metaText, sectionList, sectionText } from './field-values.ts';
import { trimSpan, toLf, type Eol, type Span } from './source-text.ts';

export type { Dialect, RecordLink, RecordOption };

/** The fields the editor shows, Markdown kept whole, line breaks as LF. */
export interface RecordContent {
  context: string;
  drivers: string[];
  options: RecordOption[];
  /** The chosen option's title as written after "Chosen option:", or null. */
  chosenOption: string | null;
  justification: string;
  consequences: string;
  confirmation: string;
  moreInformation: string;
  decisionMakers: string[];
  consulted: string[];
  informed: string[];
  tags: string[];
}

export interface RecordFile {
  fileName: string;
  dialect: Dialect;
  /** From the file name (0000 included), else from a numbered title; never renumbered. */
  number: number | null;
  title: string;
  /** Status and date exactly as written; null when the file has none. */
  status: string | null;
  lifecycle: Lifecycle | null;
  date: string | null;
  /** When the decision should be looked at again (YYYY-MM-DD as written); null when the file sets none. */
  reviewBy: string | null;
  /** Id of the analysis the decision came from, as written in the file; null when none is named. */
  analysis: string | null;
  supersedes: number[];
  supersededBy: number[];
  links: RecordLink[];
  eol: Eol;
  frontMatter: { keys: string[]; data: Record<string, unknown> } | null;
  content: RecordContent;
  /** Which considered option the chosen title names, once link markup and trailing descriptions are set aside. */
  chosenOptionIndex: number | null;
  warnings: string[];
}

/** Link lines: adr-tools' status section and any "Links" section (log4brains). */
function linkLines(layout: MetaLayout): (RecordLink & { line: Span })[] {
  const found = [...(layout.statusSection?.links ?? [])];
  for (const s of layout.outline.sections.filter((s) => s.heading.key === 'links')) {
    for (let at = s.own.start; at < s.own.end;) {
      const nl = layout.text.indexOf('\n', at);
      const end = nl === -1 || nl >= s.own.end ? s.own.end : nl + 1;
      const link = readLinkLine(layout.text.slice(at, end));
      if (link) found.push({ ...link, line: trimSpan(layout.text, at, end) });
      at = end;
    }
  }
  return found;
}

function frontMatterNumbers(value: unknown): number[] {
  const all = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return all.flatMap((v) => {
    const m = /^(?:ADR[-\s]?)?0*(\d+)$/i.exec(String(v).trim());
    return m ? [Number(m[1])] : [];
  });
}

const unique = (values: number[]) => [...new Set(values)];

function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().startsWith(date);
}

/** The supersede links a record declares, wherever its dialect writes them: link lines, the status, front matter. */
function supersedeLinks(layout: MetaLayout, lines: RecordLink[], status: string | null) {
  const fm = layout.frontMatter;
  const fromLines = supersedeNumbersOf(lines);
  const fromStatus = supersedeRefs(status);
  return {
    supersedes: unique([...fromLines.supersedes, ...fromStatus.supersedes, ...frontMatterNumbers(fm?.data.supersedes)]),
    supersededBy: unique([
      ...fromLines.supersededBy,
      ...fromStatus.supersededBy,
      ...frontMatterNumbers(fm?.data['superseded-by']),
    ]),
  };
}

/**
 * What a list of records shows of one file; the same values as readRecordFile's, without reading the body's fields.
 * Tags are read by the app's rows alone (`metaList(layout, layout.places.tags, 'tags')`): a listing has no use for them.
 */
export type RecordSummary = Pick<
  RecordFile,
  'fileName' | 'dialect' | 'number' | 'title' | 'status' | 'lifecycle' | 'date' | 'supersedes' | 'supersededBy'
>;

export function summaryFromLayout(fileName: string, layout: MetaLayout): RecordSummary {
  const status = metaText(layout, layout.places.status);
  return {
    fileName,
    dialect: layout.dialect,
    number: numberFromFileName(fileName) ?? layout.title.number,
    title: toLf(layout.title.text),
    status,
    lifecycle: lifecycleOf(status),
    date: metaText(layout, layout.places.date),
    ...supersedeLinks(layout, linkLines(layout), status),
  };
}

export function readRecordSummary(fileName: string, text: string): RecordSummary {
  return summaryFromLayout(fileName, readMetaLayout(text));
}

export function recordFromLayout(fileName: string, layout: Layout): RecordFile {
  const warnings: string[] = [];
  const { text, frontMatter: fm, places, roles, title } = layout;
  if (fm?.error) warnings.push(fm.error);
  if (!title.heading) warnings.push('no title heading');
  const status = metaText(layout, places.status);
  const date = metaText(layout, places.date);
  if (date !== null && !isCalendarDate(date))
    warnings.push(`date "${date}" is not a YYYY-MM-DD calendar date; kept as written`);
  const reviewBy = metaText(layout, places.reviewBy);
  if (reviewBy !== null && !isCalendarDate(reviewBy))
    warnings.push(`review-by "${reviewBy}" is not a YYYY-MM-DD calendar date; kept as written`);
  const lines = linkLines(layout);
  const links = [
    ...lines.map(({ line: _line, ...link }) => link),
    ...proseLinks(
      text,
      { start: layout.outline.from, end: text.length },
      lines.map((l) => l.line),
    ),
  ];
  const content: RecordContent = {
    context: sectionText(layout, roles.get('context')),
    drivers: listItemsOf(layout, sectionList(layout, roles.get('drivers'))),
    options: layout.options.options,
    chosenOption: layout.outcome.chosenTitle,
    justification: layout.outcome.justification,
    consequences: consequencesText(layout),
    confirmation: sectionText(layout, roles.get('confirmation')),
    moreInformation: sectionText(layout, roles.get('moreInformation')),
    decisionMakers: metaList(layout, places.decisionMakers, 'decisionMakers'),
    consulted: metaList(layout, places.consulted, 'consulted'),
    informed: metaList(layout, places.informed, 'informed'),
    tags: metaList(layout, places.tags, 'tags'),
  };
  const chosen = content.chosenOption;
  const chosenOptionIndex =
    chosen === null
      ? null
      : matchOption(
          chosen,
          content.options.map((o) => o.title),
        );
  if (chosen !== null && chosenOptionIndex === null)
    warnings.push(`chosen option "${chosen}" matches no considered option`);
  return {
    fileName,
    dialect: layout.dialect,
    number: numberFromFileName(fileName) ?? title.number,
    title: toLf(title.text),
    status,
    lifecycle: lifecycleOf(status),
    date,
    ...supersedeLinks(layout, lines, status),
    reviewBy,
    analysis: metaText(layout, places.analysis),
    links,
    eol: layout.eol,
    frontMatter: fm ? { keys: fm.keys, data: fm.data } : null,
    content,
    chosenOptionIndex,
    warnings,
  };
}

export function readRecordFile(fileName: string, text: string): RecordFile {
  return recordFromLayout(fileName, readLayout(text));
}
