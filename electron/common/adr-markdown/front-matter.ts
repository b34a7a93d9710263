// YAML front matter: split it off a Markdown file and read or write it with the core schema (dates stay strings).
import { parse, stringify } from 'yaml';

export interface FrontMatterSplit {
  /** The YAML between the fences, or null when the file has no front matter. */
  yaml: string | null;
  body: string;
  /** 1-based line of the body's first line in the file, so lint can report file lines. */
  bodyLine: number;
}

// The closing fence must start a line: "---" inside a value ("tags: [a---]") does not end the block.
const fence = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

export function splitFrontMatter(source: string): FrontMatterSplit {
  const text = source.replace(/^\uFEFF/, '');
  const m = fence.exec(text);
  if (!m) return { yaml: null, body: text, bodyLine: 1 };
  const consumed = m[0];
  return { yaml: m[1] ?? '', body: text.slice(consumed.length), bodyLine: consumed.split('\n').length };
}

export type FrontMatterResult = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

/** Reads front matter as plain data; a syntax error or a non-mapping is reported, never thrown. */
export function readFrontMatter(yaml: string): FrontMatterResult {
  try {
    const data: unknown = parse(yaml, { schema: 'core', uniqueKeys: true });
    if (data === undefined || data === null) return { ok: true, data: {} };
    if (typeof data !== 'object' || Array.isArray(data))
      return { ok: false, error: 'front matter is not a key: value mapping' };
    return { ok: true, data: data as Record<string, unknown> };
  } catch (e) {
    const message = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    return { ok: false, error: `malformed front matter: ${message}` };
  }
}

/** Writes front matter fences; keys keep insertion order and long strings are never folded. */
export function writeFrontMatter(data: Record<string, unknown>): string {
  return `---\n${stringify(data, { schema: 'core', lineWidth: 0, aliasDuplicateObjects: false })}---\n`;
}
