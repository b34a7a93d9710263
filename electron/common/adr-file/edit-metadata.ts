// Writes status, date and the people/tag lists where the file keeps them, or where its dialect would put them.
import type { EditPlan } from './edit-plan.ts';
import type { MetaKey, ScalarMetaKey } from './intro-metadata.ts';
import { fileListStyle } from './edit-sections.ts';
import { listStyle, renderList } from './markdown-list.ts';
import { sectionList } from './field-values.ts';
import { flowList, yamlListLike, yamlNewList, yamlScalar } from './yaml-values.ts';
import type { Span } from './source-text.ts';

const frontMatterKey: Record<MetaKey, string> = {
  status: 'status',
  date: 'date',
  reviewBy: 'review-by',
  analysis: 'analysis',
  decisionMakers: 'decision-makers',
  consulted: 'consulted',
  informed: 'informed',
  tags: 'tags',
};

const bulletLabel: Record<MetaKey, string> = {
  status: 'Status',
  date: 'Date',
  reviewBy: 'Review by',
  analysis: 'Analysis',
  decisionMakers: 'Deciders',
  consulted: 'Consulted',
  informed: 'Informed',
  tags: 'Tags',
};

/** A value on one line: a metadata line cannot hold a line break. */
const oneLine = (value: string) => value.replace(/\s*\r?\n\s*/g, ' ').trim();

/** Replaces a value span; an empty one right after its colon gets a space first. */
function replaceValue(plan: EditPlan, span: Span, rendered: string): void {
  const before = plan.layout.text[span.start - 1] ?? '';
  plan.replace(span, span.start === span.end && !/\s/.test(before) ? ` ${rendered}` : rendered);
}

/** Keys the app adds to records: never bullets, so no ADR tool shows them as the record's own metadata. */
const isAppKey = (key: MetaKey): key is 'reviewBy' | 'analysis' => key === 'reviewBy' || key === 'analysis';

/**
 * Where a field the file lacks goes: front matter (MADR 3/4), a bullet (MADR 2, log4brains), or adr-tools' own
 * place. The app's own keys go to front matter in MADR and log4brains, and under the date in adr-tools records,
 * whose tools read the first line as the title and so cannot take front matter.
 */
function addMissing(plan: EditPlan, key: MetaKey, scalar: string | null, list: string[] | null): void {
  const { layout } = plan;
  const text = scalar ?? (list ?? []).join(', ');
  if (layout.dialect === 'adr-tools') {
    if (isAppKey(key)) plan.addLineUnderDate(`${bulletLabel[key]}: ${text}`);
    else if (key === 'date') plan.addIntroLine(`Date: ${text}`);
    else plan.addSection(key, scalar ?? renderList(list ?? [], fileListStyle(plan)));
  } else if (!isAppKey(key) && (layout.dialect === 'log4brains' || (layout.meta.bullets && !layout.frontMatter))) {
    plan.addBullet(bulletLabel[key], text);
  } else {
    const value = scalar !== null ? yamlScalar(scalar, 'PLAIN') : key === 'tags' ? flowList(list!) : yamlNewList(list!);
    plan.addFrontMatterLine(`${frontMatterKey[key]}: ${value}`);
  }
}

/** A one-value field (status, dates, analysis): replaced where written, removed with its line when set to null, added where missing. */
export function writeMetaText(plan: EditPlan, key: ScalarMetaKey, value: string | null): void {
  const { layout } = plan;
  const place = layout.places[key];
  const next = value === null ? null : oneLine(value);
  if (!place) {
    if (next !== null && next !== '') addMissing(plan, key, next, null);
    return;
  }
  if (place.where === 'section') {
    const status = layout.statusSection!;
    if (status.status && next === null) plan.removeBlock(status.status.span, status.section.own);
    else if (status.status) plan.replace(status.status.span, next!);
    else if (next !== null && status.content.start < status.content.end)
      plan.replace({ start: status.content.start, end: status.content.start }, `${next}\n\n`);
    else if (next !== null) plan.writeSection(status.section, status.section.own, next);
    return;
  }
  if (next === null) {
    plan.replace(place.entry.lines, '');
    return;
  }
  if (place.where !== 'front-matter') return replaceValue(plan, place.entry.value, next);
  const fmValue = place.entry.value;
  replaceValue(plan, fmValue.span, yamlScalar(next, fmValue.kind === 'scalar' ? fmValue.style : 'PLAIN'));
}

/** A people or tag list in the shape the file already uses for it. */
export function writeMetaList(plan: EditPlan, key: Exclude<MetaKey, ScalarMetaKey>, values: string[]): void {
  const { layout } = plan;
  const place = layout.places[key];
  const items = values.map(oneLine).filter((v) => v !== '');
  if (!place) {
    if (items.length > 0) addMissing(plan, key, null, items);
    return;
  }
  if (place.where === 'section') {
    const list = sectionList(layout, place.section);
    const rendered = renderList(items, list ? listStyle(layout.text, list) : fileListStyle(plan));
    if (list && items.length === 0) plan.removeBlock(list, place.section.own);
    else if (list) plan.replace(list, rendered);
    else plan.writeSection(place.section, place.section.own, rendered);
    return;
  }
  if (place.where !== 'front-matter') return replaceValue(plan, place.entry.value, items.join(', '));
  const fmValue = place.entry.value;
  const empty = fmValue.kind === 'scalar' && fmValue.text === null;
  replaceValue(plan, fmValue.span, empty ? yamlNewList(items) : yamlListLike(fmValue, items, layout.eol));
}
