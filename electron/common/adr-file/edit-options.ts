// Writes considered options: the list's items, and each option's pros-and-cons subsection, only where they changed.
import type { EditPlan } from './edit-plan.ts';
import { fileListStyle } from './edit-sections.ts';
import { listStyle, renderList, type ListStyle } from './markdown-list.ts';
import { optionKey } from './option-match.ts';
import type { RecordOption } from './options-read.ts';
import { contentOf, type Section } from './outline.ts';
import { insertBlockAt, trimSpan, type Span } from './source-text.ts';

const hasDetails = (o: RecordOption) => o.description !== '' || o.pros.length + o.neutral.length + o.cons.length > 0;

const sameDetails = (a: RecordOption, b: RecordOption) =>
  a.description === b.description &&
  JSON.stringify([a.pros, a.neutral, a.cons]) === JSON.stringify([b.pros, b.neutral, b.cons]);

const firstLine = (title: string) => title.trim().split('\n')[0]!.trim();

function renderOptionBody(o: RecordOption, style: ListStyle): string {
  const verdicts = [
    ...o.pros.map((p) => `Good, because ${p}`),
    ...o.neutral.map((p) => `Neutral, because ${p}`),
    ...o.cons.map((p) => `Bad, because ${p}`),
  ];
  return [o.description, verdicts.length > 0 ? renderList(verdicts, style) : ''].filter((p) => p !== '').join('\n\n');
}

function writeList(plan: EditPlan, titles: string[]): void {
  const { layout } = plan;
  const { considered, list } = layout.options;
  if (list) {
    if (titles.length === 0) plan.removeBlock(list, considered!.own);
    else plan.replace(list, renderList(titles, listStyle(layout.text, list)));
    return;
  }
  const rendered = renderList(titles, fileListStyle(plan));
  if (!considered) return plan.addSection('considered', rendered);
  // Paragraphs under "Considered Options" (options written as prose) stay; the list goes after them.
  const content = contentOf(layout.text, layout.outline, considered.own);
  if (content.start === content.end) plan.writeSection(considered, considered.own, rendered);
  else plan.replace({ start: content.end, end: content.end }, `\n\n${rendered}`);
}

/** Removes subsections, merging neighbours so that the blank lines between them are removed once. */
function removeSubsections(plan: EditPlan, subs: Section[]): void {
  const { text, options } = plan.layout;
  if (subs.length === 0) return;
  const spans = subs.map((s) => ({ start: s.heading.start, end: trimSpan(text, s.heading.start, s.all.end).end }));
  const merged: Span[] = [];
  for (const span of spans.sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && text.slice(last.end, span.start).trim() === '') last.end = span.end;
    else merged.push({ ...span });
  }
  const within = { start: options.prosCons!.heading.end, end: options.prosCons!.all.end };
  for (const span of merged) plan.removeBlock(span, within);
}

export function writeOptions(plan: EditPlan, next: RecordOption[]): void {
  const { layout } = plan;
  const old = layout.options;
  const listedNow = old.options.slice(0, old.listed).map((o) => o.title);
  const listedNext = next.filter((_, i) => i < old.listed || i >= old.options.length).map((o) => o.title);
  if (JSON.stringify(listedNow) !== JSON.stringify(listedNext)) writeList(plan, listedNext);
  const style = fileListStyle(plan);
  const added: string[] = [];
  const removed: Section[] = [];
  for (let i = 0; i < Math.max(next.length, old.options.length); i++) {
    const sub = old.details[i] ?? null;
    const was = old.options[i];
    const now = next[i];
    if (!now) {
      if (sub) removed.push(sub);
      continue;
    }
    if (!sub) {
      if (hasDetails(now)) added.push(`### ${firstLine(now.title)}\n\n${renderOptionBody(now, style)}`);
      continue;
    }
    const same = sameDetails(now, was!);
    // A listed option whose details are all cleared loses its subsection; one known only by it keeps the heading.
    if (!same && !hasDetails(now) && i < old.listed) {
      removed.push(sub);
      continue;
    }
    if (optionKey(now.title) !== optionKey(was!.title)) {
      const heading = sub.heading;
      if (heading.textSpan) plan.replace(heading.textSpan, firstLine(now.title));
      else plan.replace(heading, `### ${firstLine(now.title)}`);
    }
    if (!same) plan.writeSection(sub, sub.all, renderOptionBody(now, style));
  }
  removeSubsections(plan, removed);
  if (added.length === 0) return;
  const prosCons = old.prosCons;
  if (!prosCons) return plan.addSection('prosCons', added.join('\n\n'));
  for (const block of added) plan.splices.push(insertBlockAt(layout.text, prosCons.all.end, block, layout.eol));
}
