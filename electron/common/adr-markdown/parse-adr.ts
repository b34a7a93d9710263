// Detects which dialect an ADR file is written in and parses it with the matching reader.
import type { AdrFormat, ParsedAdr, ParseOptions } from './types.ts';
import { splitFrontMatter } from './front-matter.ts';
import { splitSections } from './sections.ts';
import { parseMadr } from './parse-madr.ts';
import { parseAdrTools } from './parse-adr-tools.ts';
import { parseLog4brains } from './parse-log4brains.ts';
import { withoutGeneratedReferences } from './references.ts';

/**
 * Front matter → MADR 3/4; `# N. Title` or `Date:` with a `## Status` section → adr-tools;
 * a `- Status:` bullet under the title → log4brains / MADR 2; anything else is read as MADR.
 */
export function detectFormat(source: string): AdrFormat {
  const { yaml, body } = splitFrontMatter(source);
  // Even malformed front matter means MADR: its parser is the one that reports the YAML error.
  if (yaml !== null) return 'madr';
  const { sections } = splitSections(body, 2);
  const title = sections.find((s) => s.depth === 1);
  const hasStatus = sections.some((s) => s.depth === 2 && s.key === 'status');
  if (hasStatus && (/^\d+\.\s/.test(title?.heading ?? '') || /^Date:/m.test(title?.body ?? ''))) return 'adr-tools';
  if (/^[ \t]*[-*+][ \t]+Status[ \t]*:/im.test(title?.body ?? '')) return 'log4brains';
  return hasStatus ? 'adr-tools' : 'madr';
}

const parsers: Record<AdrFormat, (source: string, opts: ParseOptions) => ParsedAdr> = {
  madr: parseMadr,
  'adr-tools': parseAdrTools,
  log4brains: parseLog4brains,
};

export function parseAdr(source: string, opts: ParseOptions, format?: AdrFormat): ParsedAdr {
  const text = withoutGeneratedReferences(source);
  return parsers[format ?? detectFormat(text)](text, opts);
}
