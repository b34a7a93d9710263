// YAML front matter with the source span of every top-level value, so one key can be rewritten and the rest left be.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from 'yaml';
import { lineStartAt, nextLineStart, type Span } from './source-text.ts';

export type ScalarStyle = 'PLAIN' | 'QUOTE_DOUBLE' | 'QUOTE_SINGLE' | 'BLOCK';

export type FrontMatterValue =
  | { kind: 'scalar'; span: Span; style: ScalarStyle; /** As written; null for an empty value. */ text: string | null }
  | { kind: 'seq'; span: Span; flow: boolean; items: string[]; /** Column of the first item's dash. */ column: number }
  | { kind: 'other'; span: Span };

export interface FrontMatterEntry {
  key: string;
  /** The key's whole lines, from its line start to past the value's last line break. */
  lines: Span;
  value: FrontMatterValue;
}

export interface FrontMatter {
  /** The YAML between the fences. */
  yaml: Span;
  /** Where the closing fence line starts: new keys go just before it. */
  closing: number;
  /** Where the Markdown body starts, after the closing fence's line. */
  bodyStart: number;
  keys: string[];
  data: Record<string, unknown>;
  entries: Map<string, FrontMatterEntry>;
  error: string | null;
}

const opening = /^\uFEFF?---[ \t]*\r?\n/;
const closingLine = /^---[ \t]*(?:\r?\n|$)/m;

function style(type: string | undefined): ScalarStyle {
  if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE' || type === 'PLAIN') return type;
  return 'BLOCK';
}

function valueOf(text: string, base: number, node: Node | null): FrontMatterValue | null {
  if (!node?.range) return null;
  const span = { start: base + node.range[0], end: base + node.range[1] };
  if (isScalar(node)) {
    const written = node.type === 'PLAIN' ? text.slice(span.start, span.end).trim() : String(node.value ?? '');
    return { kind: 'scalar', span, style: style(node.type), text: node.value === null ? null : written };
  }
  if (isSeq(node) && node.items.every((i) => isScalar(i) && i.range)) {
    const items = node.items as { range: [number, number, number]; value: unknown }[];
    const last = items.at(-1);
    const end = node.flow || !last ? span.end : base + last.range[1];
    return {
      kind: 'seq',
      span: { start: span.start, end },
      flow: node.flow === true,
      items: items.map((i) => String(i.value ?? '')),
      column: span.start - lineStartAt(text, span.start),
    };
  }
  return { kind: 'other', span };
}

/** Reads the front matter at the top of a file (after a BOM), or null when the file has none. */
export function readFrontMatter(text: string): FrontMatter | null {
  const open = opening.exec(text);
  if (!open) return null;
  const start = open[0].length;
  const close = closingLine.exec(text.slice(start));
  if (!close) return null;
  const closing = start + close.index;
  const yaml = { start, end: Math.max(start, closing) };
  const result: FrontMatter = {
    yaml,
    closing,
    bodyStart: closing + close[0].length,
    keys: [],
    data: {},
    entries: new Map(),
    error: null,
  };
  const doc = parseDocument(text.slice(yaml.start, yaml.end), { schema: 'core', uniqueKeys: true });
  if (doc.errors.length > 0)
    return { ...result, error: `malformed front matter: ${doc.errors[0]!.message.split('\n')[0]}` };
  if (doc.contents === null) return result;
  if (!isMap(doc.contents)) return { ...result, error: 'front matter is not a key: value mapping' };
  result.data = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const pair of doc.contents.items as Pair<Node, Node | null>[]) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const keyStart = yaml.start + pair.key.range[0];
    const value = valueOf(text, yaml.start, pair.value) ?? {
      kind: 'scalar' as const,
      span: { start: yaml.start + pair.key.range[1] + 1, end: yaml.start + pair.key.range[1] + 1 },
      style: 'PLAIN' as const,
      text: null,
    };
    const lines = { start: lineStartAt(text, keyStart), end: Math.min(closing, nextLineStart(text, value.span.end)) };
    result.keys.push(key);
    result.entries.set(key, { key, lines, value });
  }
  return result;
}
