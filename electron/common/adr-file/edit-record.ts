// Edits one ADR file in place: each changed field rewrites only its own text; unchanged fields leave the bytes alone.
import { EditPlan } from './edit-plan.ts';
import { writeMetaList, writeMetaText } from './edit-metadata.ts';
import { writeOptions } from './edit-options.ts';
import { writeOutcome } from './edit-outcome.ts';
import { writeDrivers, writeText, writeTitle } from './edit-sections.ts';
import { recordFromLayout, type RecordContent, type RecordFile } from './record-file.ts';
import { readLayout } from './record-layout.ts';

export type RecordFields = {
  title: string;
  status: string | null;
  date: string | null;
  reviewBy: string | null;
  analysis: string | null;
} & RecordContent;

/** Any subset of the fields; a null status, date, review-by or analysis removes it. */
export type RecordEdits = Partial<RecordFields>;

function current(record: RecordFile): RecordFields {
  const { title, status, date, reviewBy, analysis } = record;
  return { title, status, date, reviewBy, analysis, ...record.content };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Values arrive from an editor; line breaks are compared and written as the file writes them. */
function lf<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/\\r\\n/g, '\\n')) as T;
}

export function editRecordFile(fileName: string, text: string, edits: RecordEdits): string {
  const layout = readLayout(text);
  const now = current(recordFromLayout(fileName, layout));
  const next: RecordFields = { ...now, ...lf(edits) };
  const changed = (key: keyof RecordFields) => key in edits && !same(now[key], next[key]);
  if (!(Object.keys(edits) as (keyof RecordFields)[]).some(changed)) return text;
  const plan = new EditPlan(layout);
  if (changed('title')) writeTitle(plan, next.title);
  if (changed('status')) writeMetaText(plan, 'status', next.status);
  if (changed('date')) writeMetaText(plan, 'date', next.date);
  if (changed('reviewBy')) writeMetaText(plan, 'reviewBy', next.reviewBy);
  if (changed('analysis')) writeMetaText(plan, 'analysis', next.analysis);
  if (changed('context')) writeText(plan, 'context', next.context);
  if (changed('drivers')) writeDrivers(plan, next.drivers);
  if (changed('options')) writeOptions(plan, next.options);
  if (changed('chosenOption') || changed('justification')) writeOutcome(plan, next.chosenOption, next.justification);
  for (const role of ['consequences', 'confirmation', 'moreInformation'] as const)
    if (changed(role)) writeText(plan, role, next[role]);
  for (const key of ['decisionMakers', 'consulted', 'informed', 'tags'] as const)
    if (changed(key)) writeMetaList(plan, key, next[key]);
  return plan.finish();
}
