// Parses an adr-tools (Nygard) record: `# N. Title`, `Date:`, `## Status` with link lines, and the sections render-adr-tools adds.
import type { AdrLink, ParsedAdr, ParseOptions } from './types.ts';
import { numberFromFileName } from './file-name.ts';
import { listItems, splitSections } from './sections.ts';
import type { Section } from './sections.ts';
import { readDate, readStatus } from './status-date.ts';
import { linkKind, readLinkLine } from './links.ts';
import type { SectionRole } from './madr-body.ts';
import { madrRoles, readMadrBody } from './madr-body.ts';
import { clampDraft, readTitle } from './parse-common.ts';
import { adrToolsListSections } from './render-adr-tools.ts';

const roles: ReadonlyMap<string, SectionRole> = new Map([
  ...madrRoles,
  ['context', 'context'],
  ['decision', 'outcome'],
  ['consequences', 'consequences'],
  ['confirmation', 'confirmation'],
]);

export interface StatusBlock {
  words: string[];
  links: AdrLink[];
}

/** Splits a Status section into status words and link lines (Supersedes, Superseded/Superceded by, Amends, …). */
export function readStatusBlock(body: string): StatusBlock {
  const lines = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const block: StatusBlock = { words: [], links: [] };
  for (const line of lines) {
    const link = readLinkLine(line);
    if (link) block.links.push(link);
    else block.words.push(line);
  }
  return block;
}

function statusSection(sections: Section[]): Section | undefined {
  return sections.find((s) => s.key === 'status');
}

export function parseAdrTools(source: string, opts: ParseOptions): ParsedAdr {
  const warnings: string[] = [];
  const { title: heading, intro, rest } = readTitle(splitSections(source, 2).sections, opts.fileName, warnings);
  const numbered = /^(\d+)\.\s+([\s\S]*)$/.exec(heading);
  const title = numbered ? numbered[2]!.trim() : heading;
  const dateLine = /^Date:[ \t]*(.*)$/im.exec(intro);
  const date = readDate(dateLine?.[1] ?? null, opts.fallbackDate);
  if (date.warning) warnings.push(date.warning);
  const status = statusSection(rest);
  const block = readStatusBlock(status?.body ?? '');
  const superseders = block.links.filter((l) => linkKind(l.relation) === 'superseded-by');
  const statusText = block.words.join(' ');
  const read =
    block.words.length === 0 && superseders.length > 0
      ? { status: 'superseded' as const, supersededBy: null, warning: null }
      : readStatus(statusText);
  if (read.warning) warnings.push(read.warning);
  const others = block.links.filter((l) => linkKind(l.relation) === 'other');
  const lists = new Map(adrToolsListSections.map(([h, field]) => [h.toLowerCase(), field]));
  const listed = {
    decisionMakers: [] as string[],
    consulted: [] as string[],
    informed: [] as string[],
    tags: [] as string[],
  };
  const body = rest.filter((s) => {
    const field = lists.get(s.key);
    if (field) listed[field] = listItems(s.body);
    return s !== status && !field;
  });
  const fields = readMadrBody(body, roles, null, warnings);
  const leftover = intro.replace(/^Date:.*$/im, '').trim();
  if (leftover !== '') fields.extraSections.unshift({ heading: 'Introduction', body: leftover });
  if (others.length > 0) {
    fields.extraSections.push({
      heading: 'Links',
      body: others.map((l) => `* ${l.relation} [${l.label}](${l.href})`).join('\n'),
    });
  }
  const numbers = (kind: string) =>
    block.links.filter((l) => linkKind(l.relation) === kind && l.number !== null).map((l) => l.number!);
  const record = clampDraft(
    {
      title,
      status: read.status,
      date: date.date,
      ...listed,
      ...fields,
      supersedes: [...new Set(numbers('supersedes'))],
      supersededBy: numbers('superseded-by').at(-1) ?? null,
      analysisId: null,
    },
    warnings,
  );
  return {
    format: 'adr-tools',
    number:
      numbered && Number(numbered[1]) > 0
        ? Number(numbered[1])
        : opts.fileName
          ? numberFromFileName(opts.fileName)
          : null,
    id: null,
    createdAt: null,
    updatedAt: null,
    record,
    statusText,
    links: block.links,
    warnings,
  };
}
