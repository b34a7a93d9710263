// Links from one record to another: link lines, Markdown links to sibling records, and supersede references in a status.
import { linkKind } from '../adr-markdown/links.ts';
import { isDecisionFileName, numberFromFileName } from './file-names.ts';
import type { Span } from './source-text.ts';

export interface RecordLink {
  /** "Superseded by", "Amends", … as written on a link line; null for a link in running text. */
  relation: string | null;
  label: string;
  href: string;
  /** The target's number, from its file name or an "N." label; null for date-named targets. */
  number: number | null;
}

/** A sibling record: a relative `.md` link with no folder but `./`, to a name that is a decision. */
function recordHref(href: string): string | null {
  const path = href.replace(/^<|>$/g, '').replace(/[?#].*$/, '');
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('/')) return null;
  const name = path.replace(/^\.\//, '');
  return !name.includes('/') && isDecisionFileName(name) ? name : null;
}

function targetNumber(href: string, label: string): number | null {
  const fromLabel = /^(?:ADR[-\s]?)?0*(\d+)\b/i.exec(label.trim())?.[1];
  return numberFromFileName(recordHref(href) ?? '') ?? (fromLabel === undefined ? null : Number(fromLabel));
}

const inlineLink = /(!?)\[((?:\\.|[^\\\]])*)\]\((<[^>]*>|[^)\s]+)(?:[ \t]+"[^"]*")?\)/g;

/** Links to sibling records in text[span], skipping images and the given spans (link lines read elsewhere). */
export function proseLinks(text: string, span: Span, skip: readonly Span[]): RecordLink[] {
  const found: RecordLink[] = [];
  for (const m of text.slice(span.start, span.end).matchAll(inlineLink)) {
    const at = span.start + m.index;
    if (m[1] === '!' || skip.some((s) => at >= s.start && at < s.end)) continue;
    const href = m[3]!.replace(/^<|>$/g, '');
    if (recordHref(href) === null) continue;
    const label = m[2]!.replace(/\\([\\[\]])/g, '$1');
    found.push({ relation: null, label, href, number: targetNumber(href, label) });
  }
  return found;
}

export interface SupersedeNumbers {
  supersedes: number[];
  supersededBy: number[];
}

function refs(target: string): number[] {
  const numbers: number[] = [];
  for (const m of target.matchAll(/\[((?:\\.|[^\\\]])*)\]\(([^)\s]*)\)|\bADR[-\s]?0*(\d+)|#0*(\d+)|^\s*0*(\d+)\b/gi)) {
    const n = m[2] !== undefined ? targetNumber(m[2], m[1]!) : Number(m[3] ?? m[4] ?? m[5]);
    if (n !== null && Number.isSafeInteger(n)) numbers.push(n);
  }
  return numbers;
}

/** "superseded by ADR-0057", "accepted; supersedes ADR-0045", "Superseded by [X](0015-x.md)". */
export function supersedeRefs(status: string | null): SupersedeNumbers {
  const result: SupersedeNumbers = { supersedes: [], supersededBy: [] };
  if (status === null) return result;
  for (const part of status.split(/;|\n/)) {
    const m = /\b(superse[dc]ed[ \t]+by|superse[dc]es)\b[ \t]*:?(.*)$/i.exec(part);
    if (!m) continue;
    const kind = linkKind(m[1]!);
    (kind === 'supersedes' ? result.supersedes : result.supersededBy).push(...refs(m[2]!));
  }
  return result;
}

export function supersedeNumbersOf(links: readonly RecordLink[]): SupersedeNumbers {
  const pick = (kind: string) =>
    links
      .filter((l) => l.relation !== null && linkKind(l.relation) === kind && l.number !== null)
      .map((l) => l.number!);
  return { supersedes: pick('supersedes'), supersededBy: pick('superseded-by') };
}
