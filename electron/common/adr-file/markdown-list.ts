// List items read whole (continuation lines and nested lists kept, de-indented) and lists written in a file's style.
import type { Block } from '../adr-markdown/markdown-blocks.ts';
import { toLf, type Span } from './source-text.ts';

export type ListBlock = Extract<Block, { type: 'list' }>;

export interface ListStyle {
  /** `*`, `-` or `+`; or `.`/`)` for an ordered list. */
  marker: string;
  ordered: boolean;
  /** First number of an ordered list. */
  start: number;
}

const markerRe = /^ {0,3}([-*+]|(\d{1,9})([.)]))([ \t]+|$)/;

/** An item's Markdown: marker removed, continuation lines de-indented by the item's content column. */
export function itemText(text: string, item: Span): string {
  const raw = toLf(text.slice(item.start, item.end));
  const m = markerRe.exec(raw);
  if (!m) return raw.trim();
  const pad = m[4]!.length > 4 ? 1 : m[4]!.length;
  const indent = m[0].length - m[4]!.length + pad;
  const [first = '', ...rest] = raw.slice(m[0].length).split('\n');
  const dedent = (line: string) => line.replace(new RegExp(`^ {0,${indent}}`), '');
  return [first, ...rest.map(dedent)].join('\n').trim();
}

export function listStyle(text: string, list: ListBlock): ListStyle {
  const m = markerRe.exec(text.slice(list.start, list.end));
  if (!m || m[2] === undefined) return { marker: m?.[1] ?? '*', ordered: false, start: 1 };
  return { marker: m[3]!, ordered: true, start: Number(m[2]) };
}

/** One item per entry; an entry's further lines are indented under its first, so nested lists stay nested. */
export function renderList(items: readonly string[], style: ListStyle): string {
  return items
    .map((item, i) => {
      const marker = style.ordered ? `${style.start + i}${style.marker}` : style.marker;
      const indent = ' '.repeat(marker.length + 1);
      const [first = '', ...rest] = toLf(item).split('\n');
      return [`${marker} ${first}`, ...rest.map((l) => (l.trim() === '' ? '' : indent + l))].join('\n');
    })
    .join('\n');
}
