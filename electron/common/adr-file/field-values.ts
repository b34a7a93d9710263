// The value each place holds: statuses and dates as written, lists split the way their dialect writes them.
import type { Layout, MetaLayout, MetaPlace } from './record-layout.ts';
import { blocksIn, contentOf, type Section } from './outline.ts';
import { itemText, type ListBlock } from './markdown-list.ts';
import { toLf, trimSpan, type Span } from './source-text.ts';

export function sectionText(layout: MetaLayout, section: Section | undefined): string {
  if (!section) return '';
  const content = contentOf(layout.text, layout.outline, section.all);
  return toLf(layout.text.slice(content.start, content.end));
}

export function sectionList(layout: MetaLayout, section: Section | undefined): ListBlock | null {
  if (!section) return null;
  const content = contentOf(layout.text, layout.outline, section.own);
  return (blocksIn(layout.outline, content).find((b) => b.type === 'list') as ListBlock | undefined) ?? null;
}

export function listItemsOf(layout: MetaLayout, list: ListBlock | null): string[] {
  return (list?.items ?? []).map((item) => itemText(layout.text, item));
}

/** A single value as written (status, date); null when the place is empty or absent. */
export function metaText(layout: MetaLayout, place: MetaPlace | null): string | null {
  if (!place) return null;
  if (place.where === 'section') return layout.statusSection?.status?.text ?? null;
  if (place.where !== 'front-matter') return place.entry.text === '' ? null : place.entry.text;
  const value = place.entry.value;
  if (value.kind === 'scalar') return value.text === null ? null : toLf(value.text);
  return value.kind === 'seq' ? value.items.join(', ') : null;
}

const split = (value: string, by: RegExp) =>
  value
    .split(by)
    .map((v) => v.trim())
    .filter((v) => v !== '');

/** A list value: YAML lists item by item, strings and bullets split at commas (log4brains tags also at spaces). */
export function metaList(layout: MetaLayout, place: MetaPlace | null, key: string): string[] {
  if (!place) return [];
  if (place.where === 'section') return listItemsOf(layout, sectionList(layout, place.section));
  if (place.where === 'front-matter' && place.entry.value.kind === 'seq') return place.entry.value.items;
  const text = metaText(layout, place) ?? '';
  return split(text, key === 'tags' && place.where !== 'front-matter' ? /[\s,]+/ : /,/);
}

/** MADR 2's "Positive Consequences" and "Negative Consequences" subsections, headings included, as one span. */
export function consequenceGroupSpan(layout: Layout): Span | null {
  const group = layout.consequenceGroup;
  if (layout.roles.has('consequences') || group.length === 0) return null;
  const start = group[0]!.heading.start;
  return { start, end: trimSpan(layout.text, start, group.at(-1)!.all.end).end };
}

export function consequencesText(layout: Layout): string {
  const group = consequenceGroupSpan(layout);
  return group
    ? toLf(layout.text.slice(group.start, group.end))
    : sectionText(layout, layout.roles.get('consequences'));
}
