// Link lines between records ("Superseded by [3. Use X](0003-use-x.md)") in the three dialects.
import type { AdrLink, RenderContext } from './types.ts';
import { decisionFileName, numberFromFileName, padNumber } from './file-name.ts';

const linkLine = /^(?:[-*+][ \t]+)?([A-Za-z][A-Za-z \t-]*?)[ \t]*:?[ \t]+\[((?:\\.|[^\\\]])*)\]\(([^)\s]*)\)[ \t]*\.?$/;

/** Brackets in a title would end the link text early; a backslash keeps them literal. */
export function escapeLinkText(text: string): string {
  return text.replace(/[\\[\]]/g, (c) => `\\${c}`);
}

function unescapeLinkText(text: string): string {
  return text.replace(/\\([\\[\]])/g, '$1');
}

/** Reads `Relation [label](href)`, with or without a bullet; anything else is not a link line. */
export function readLinkLine(line: string): AdrLink | null {
  const m = linkLine.exec(line.trim());
  if (!m) return null;
  const [, relation, escaped, href] = m as unknown as [string, string, string, string];
  const label = unescapeLinkText(escaped);
  const fromLabel = /^(\d+)\.\s/.exec(label)?.[1];
  return { relation, label, href, number: numberFromFileName(href) ?? (fromLabel ? Number(fromLabel) : null) };
}

export type LinkKind = 'supersedes' | 'superseded-by' | 'other';

/** adr-tools once wrote "Superceded by"; both spellings mean the same link. */
export function linkKind(relation: string): LinkKind {
  const r = relation.toLowerCase().replace(/\s+/g, ' ').trim();
  if (r === 'supersedes' || r === 'supercedes') return 'supersedes';
  if (r === 'superseded by' || r === 'superceded by') return 'superseded-by';
  return 'other';
}

function targetTitle(number: number, ctx: RenderContext): string {
  return ctx.titleOf(number) ?? `Decision ${number}`;
}

function targetFile(number: number, ctx: RenderContext): string | null {
  return ctx.fileOf ? ctx.fileOf(number) : decisionFileName(number, targetTitle(number, ctx));
}

/** A file name as a link target: characters that would end or split the link (`#`, spaces, brackets) percent-encoded. */
export function fileHref(fileName: string): string {
  return fileName.replace(/[^A-Za-z0-9._~!$&'*+,;=:@-]/g, (c) => encodeURIComponent(c));
}

/** adr-tools style: `Supersedes [2. Use X](0002-use-x.md)`; `Supersedes ADR-0002` when no record has the number. */
export function numberedLink(relation: string, number: number, ctx: RenderContext): string {
  const file = targetFile(number, ctx);
  if (file === null) return `${relation} ${madrAdrRef(number)}`;
  return `${relation} [${number}. ${escapeLinkText(targetTitle(number, ctx))}](${fileHref(file)})`;
}

/** log4brains style: the link text is the target's slug, which log4brains reads back as the superseder. */
export function slugLink(relation: string, number: number, ctx: RenderContext): string {
  const file = targetFile(number, ctx);
  if (file === null) return `${relation} ${madrAdrRef(number)}`;
  return `${relation} [${escapeLinkText(file.replace(/\.md$/i, ''))}](${fileHref(file)})`;
}

/** MADR 4 names the superseder in the status: "superseded by ADR-0003". */
export function madrAdrRef(number: number): string {
  return `ADR-${padNumber(number)}`;
}
