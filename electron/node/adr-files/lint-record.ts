// Lint rules for one record file: an unknown citation is an error; what a well-kept record has is only a warning.
import type { Layout, MetaPlace } from '../../common/adr-file/record-layout.ts';
import type { Dialect, RecordFile } from '../../common/adr-file/record-file.ts';
import type { Role } from '../../common/adr-file/section-roles.ts';
import { citationPattern } from '../../common/decision.ts';
import { maskCode } from './markdown-links.ts';
import { revisitRules, type RevisitLintOptions } from './lint-revisit.ts';

export type Severity = 'error' | 'warning';

export interface LintMessage {
  /** Relative to the linted folder. */
  file: string;
  /** 1-based. */
  line: number;
  severity: Severity;
  rule: string;
  message: string;
}

/** A readable record as the rules see it. */
export interface LintedRecord {
  fileName: string;
  text: string;
  layout: Layout;
  record: RecordFile;
  lineOf: (offset: number) => number;
}

export interface RecordLintOptions extends RevisitLintOptions {
  /** Catalogue keys citations may use (CM12, T6, LR101, …), upper case. */
  knownKeys: ReadonlySet<string>;
  /** YYYY-MM-DD: a later date is reported as in the future, an earlier review date as due. */
  today: string;
}

const madrSections: [Role, string][] = [
  ['context', 'Context and Problem Statement'],
  ['considered', 'Considered Options'],
  ['outcome', 'Decision Outcome'],
];

/** The sections each dialect's template asks for; status and date have rules of their own. */
export const recommendedSections: Record<Dialect, [Role, string][]> = {
  madr: madrSections,
  log4brains: madrSections,
  'adr-tools': [
    ['context', 'Context'],
    ['outcome', 'Decision'],
    ['consequences', 'Consequences'],
  ],
};

/** Where a field's value is written: the status paragraph of a Status section, else the entry or its value. */
function placeStart(layout: Layout, place: MetaPlace): number {
  if (place.where === 'section') return layout.statusSection?.status?.span.start ?? place.section.heading.start;
  return place.where === 'front-matter' ? place.entry.lines.start : place.entry.value.start;
}

function isCalendarDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return false;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().startsWith(date);
}

function citations(r: LintedRecord, known: ReadonlySet<string>): LintMessage[] {
  const found: LintMessage[] = [];
  for (const m of maskCode(r.text).matchAll(citationPattern)) {
    if (known.has(m[1]!.toUpperCase())) continue;
    const message = `unknown catalogue key ${m[0]}: no catalogue entry has this key`;
    found.push({ file: r.fileName, line: r.lineOf(m.index), severity: 'error', rule: 'unknown-key', message });
  }
  return found;
}

/** A section the template asks for that is there but says nothing: the record is not yet a decision. */
function emptySections(r: LintedRecord): Omit<LintMessage, 'file' | 'severity'>[] {
  const { layout, record } = r;
  const found: Omit<LintMessage, 'file' | 'severity'>[] = [];
  const considered = layout.roles.get('considered');
  if (considered && record.content.options.length === 0)
    found.push({
      line: r.lineOf(considered.heading.start),
      rule: 'no-options',
      message: 'no considered options listed',
    });
  const outcome = layout.roles.get('outcome');
  if (outcome && record.content.chosenOption === null && !record.content.justification.trim())
    found.push({
      line: r.lineOf(outcome.heading.start),
      rule: 'no-outcome',
      message: 'empty decision outcome: no chosen option and no reasons',
    });
  return found;
}

export function lintRecord(r: LintedRecord, opts: RecordLintOptions): LintMessage[] {
  const { layout, record } = r;
  const titleLine = layout.title.heading ? r.lineOf(layout.title.heading.start) : 1;
  const out: LintMessage[] = citations(r, opts.knownKeys);
  const warn = (line: number, rule: string, message: string) =>
    out.push({ file: r.fileName, line, severity: 'warning', rule, message });
  if (layout.frontMatter?.error) warn(1, 'front-matter', layout.frontMatter.error);
  if (!layout.title.heading) warn(1, 'no-title', 'no "# Title" heading');
  for (const [role, heading] of recommendedSections[record.dialect]) {
    if (!layout.roles.has(role))
      warn(titleLine, 'missing-section', `no "## ${heading}" section, which ${record.dialect} records have`);
  }
  for (const m of emptySections(r)) warn(m.line, m.rule, m.message);
  const status = layout.places.status;
  if (record.status === null || !status) warn(titleLine, 'no-status', 'no status');
  else if (record.lifecycle === 'other')
    warn(
      r.lineOf(placeStart(layout, status)),
      'unknown-status',
      `status "${record.status}" is none of draft, proposed, accepted, rejected, deprecated, superseded; kept as written`,
    );
  const date = layout.places.date;
  if (record.date === null || !date) warn(titleLine, 'no-date', 'no date');
  else if (!isCalendarDate(record.date))
    warn(r.lineOf(placeStart(layout, date)), 'invalid-date', `date "${record.date}" is not a YYYY-MM-DD calendar date`);
  else if (record.date > opts.today)
    warn(r.lineOf(placeStart(layout, date)), 'future-date', `date ${record.date} is after today (${opts.today})`);
  const chosen = record.content.chosenOption;
  if (chosen !== null && record.chosenOptionIndex === null && record.content.options.length > 0) {
    const at = layout.outcome.chosen?.clause.start ?? layout.outcome.section?.heading.start;
    warn(
      at === undefined ? titleLine : r.lineOf(at),
      'chosen-option-unknown',
      `chosen option "${chosen}" matches none of the considered options`,
    );
  }
  return [...out, ...revisitRules(r, opts)];
}
