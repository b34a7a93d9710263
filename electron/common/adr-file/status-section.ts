// Nygard's `## Status` section: the status paragraph and the link lines (`Superseded by [N. X](…)`) adr-tools adds.
import { linkKind, readLinkLine } from '../adr-markdown/links.ts';
import { contentOf, type Outline, type Section } from './outline.ts';
import { nextLineStart, toLf, trimSpan, type Span } from './source-text.ts';
import type { RecordLink } from './record-links.ts';

export interface StatusSection {
  section: Section;
  /** The written content of the section (empty span at the heading's end when it has none). */
  content: Span;
  /** The status paragraph; when the section holds only link lines, the "Superseded by" line is the status. */
  status: { span: Span; text: string } | null;
  links: (RecordLink & { relation: string; line: Span })[];
}

/** Paragraphs of a span as [start, end) pairs, split at blank lines. */
function paragraphs(text: string, span: Span): Span[] {
  const found: Span[] = [];
  let start = -1;
  for (let at = span.start; at < span.end; at = nextLineStart(text, at)) {
    const line = text.slice(at, Math.min(span.end, nextLineStart(text, at)));
    if (line.trim() === '') {
      if (start !== -1) found.push(trimSpan(text, start, at));
      start = -1;
    } else if (start === -1) start = at;
  }
  if (start !== -1) found.push(trimSpan(text, start, span.end));
  return found;
}

export function readStatusSection(text: string, outline: Outline, section: Section): StatusSection {
  const content = contentOf(text, outline, section.own);
  const links: StatusSection['links'] = [];
  let status: StatusSection['status'] = null;
  for (const para of paragraphs(text, content)) {
    const raw = text.slice(para.start, para.end);
    if (/^<!--[\s\S]*-->$/.test(raw)) continue;
    const lines = raw.split('\n').map((l) => l.trim());
    const read = lines.map((l) => readLinkLine(l));
    if (read.every((l) => l !== null)) {
      let at = para.start;
      for (const link of read) {
        const line = trimSpan(text, at, nextLineStart(text, at));
        links.push({ ...link!, line });
        at = nextLineStart(text, at);
      }
    } else if (status === null) status = { span: para, text: toLf(raw) };
  }
  const superseder = links.find((l) => linkKind(l.relation) === 'superseded-by');
  if (status === null && superseder)
    status = { span: superseder.line, text: text.slice(superseder.line.start, superseder.line.end) };
  return {
    section,
    content: content.start === content.end ? { start: section.own.start, end: section.own.start } : content,
    status,
    links,
  };
}
