// Metadata written under the title: MADR 2 / log4brains bullets (`* Status: x`) and Nygard lines (`Date: x`).
import type { Block } from '../adr-markdown/markdown-blocks.ts';
import { blocksIn, type Outline } from './outline.ts';
import { lineStartAt, nextLineStart, toLf, trimSpan, type Span } from './source-text.ts';

export type MetaKey =
  'status' | 'date' | 'reviewBy' | 'analysis' | 'decisionMakers' | 'consulted' | 'informed' | 'tags';

/** The keys holding one value (the rest hold lists). */
export type ScalarMetaKey = 'status' | 'date' | 'reviewBy' | 'analysis';

export interface MetaEntry {
  key: MetaKey;
  /** The entry's whole lines, line break included, for removing it. */
  lines: Span;
  /** The value as written, without a trailing HTML comment. */
  value: Span;
  text: string;
}

export interface IntroMetadata {
  /** The bullet list holding metadata, its marker, and its entries. */
  bullets: { list: Span; marker: string; entries: MetaEntry[] } | null;
  /** `Key: value` lines in the paragraphs under the title. */
  lines: MetaEntry[];
}

const keys: ReadonlyMap<string, MetaKey> = new Map([
  ['status', 'status'],
  ['date', 'date'],
  ['review by', 'reviewBy'],
  ['review-by', 'reviewBy'],
  ['analysis', 'analysis'],
  ['deciders', 'decisionMakers'],
  ['decision-makers', 'decisionMakers'],
  ['decision makers', 'decisionMakers'],
  ['consulted', 'consulted'],
  ['informed', 'informed'],
  ['tags', 'tags'],
]);

const comment = /^<!--[\s\S]*-->$/;
const bulletEntry = /^ {0,3}([-*+])[ \t]+([A-Za-z][A-Za-z -]*?)[ \t]*:[ \t]*/;
const lineEntry = /^[ \t]*(?:\*\*|__)?([A-Za-z][A-Za-z -]*?)(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*/;

/** The value after the label, up to the entry's end, with a trailing comment and spaces left out. */
function entry(text: string, key: MetaKey, valueStart: number, end: number): MetaEntry {
  let value = trimSpan(text, valueStart, end);
  const note = /[ \t]*<!--[\s\S]*?-->\s*$/.exec(text.slice(value.start, value.end));
  if (note) value = trimSpan(text, value.start, value.start + note.index);
  const lines = { start: lineStartAt(text, valueStart), end: nextLineStart(text, Math.max(end - 1, valueStart)) };
  return { key, lines, value, text: toLf(text.slice(value.start, value.end)) };
}

function bulletMetadata(text: string, list: Extract<Block, { type: 'list' }>): IntroMetadata['bullets'] {
  const entries: MetaEntry[] = [];
  let marker = '-';
  for (const item of list.items) {
    const m = bulletEntry.exec(text.slice(item.start, item.end));
    const key = m && keys.get(m[2]!.toLowerCase());
    if (!m || !key) continue;
    marker = m[1]!;
    entries.push(entry(text, key, item.start + m[0].length, item.end));
  }
  return entries.length === 0 ? null : { list: { start: list.start, end: list.end }, marker, entries };
}

function lineMetadata(text: string, block: Span): MetaEntry[] {
  const found: MetaEntry[] = [];
  for (let at = block.start; at < block.end; at = nextLineStart(text, at)) {
    const lineEnd = Math.min(block.end, nextLineStart(text, at));
    const m = lineEntry.exec(text.slice(at, lineEnd));
    const key = m && keys.get(m[1]!.toLowerCase());
    if (m && key) found.push(entry(text, key, at + m[0].length, lineEnd));
  }
  return found;
}

/** Metadata in the intro (between the title and the first section); the first non-comment block may be the list. */
export function readIntroMetadata(text: string, outline: Outline, intro: Span): IntroMetadata {
  const blocks = blocksIn(outline, intro).filter((b) => !comment.test(text.slice(b.start, b.end)));
  const first = blocks[0];
  const bullets = first?.type === 'list' ? bulletMetadata(text, first) : null;
  const lines = blocks.filter((b) => b.type === 'other').flatMap((b) => lineMetadata(text, b));
  return { bullets, lines };
}
