// Parses a log4brains / MADR 2 record: bullet metadata under the title, MADR sections, and a Links section.
import { topLevelBlocks } from './markdown-blocks.ts';
import type { AdrLink, ParsedAdr, ParseOptions } from './types.ts';
import { numberFromFileName } from './file-name.ts';
import { listItems, splitSections } from './sections.ts';
import { readDate, readStatus } from './status-date.ts';
import { linkKind, readLinkLine } from './links.ts';
import { madrRoles, readMadrBody } from './madr-body.ts';
import { clampDraft, readTitle } from './parse-common.ts';
import { isLinksSection } from './render-log4brains.ts';

const metadataKeys = ['status', 'deciders', 'consulted', 'informed', 'date', 'tags'] as const;
type MetadataKey = (typeof metadataKeys)[number];

interface Metadata {
  values: Partial<Record<MetadataKey, string>>;
  /** The intro without the metadata list (e.g. "Technical Story: …"), plus metadata lines we do not know. */
  leftover: string;
}

/** Reads `- Key: value` bullets from the first list under the title, as log4brains does. */
export function readMetadata(intro: string): Metadata {
  const first = topLevelBlocks(intro)[0];
  if (!first || first.type !== 'list') return { values: {}, leftover: intro };
  const end = first.end;
  const values: Metadata['values'] = {};
  const unknown: string[] = [];
  for (const item of listItems(intro.slice(0, end))) {
    const m = /^([A-Za-z][A-Za-z -]*?)\s*:\s*(.*)$/.exec(item);
    const key = m?.[1]!.toLowerCase() as MetadataKey | undefined;
    if (m && key && (metadataKeys as readonly string[]).includes(key))
      values[key] = m[2]!.replace(/<!--[\s\S]*?-->/g, '').trim();
    else unknown.push(`- ${item}`);
  }
  return { values, leftover: [unknown.join('\n'), intro.slice(end).trim()].filter((p) => p !== '').join('\n\n') };
}

const split = (value: string | undefined, by: RegExp) =>
  (value ?? '')
    .split(by)
    .map((v) => v.trim())
    .filter((v) => v !== '');

export function parseLog4brains(source: string, opts: ParseOptions): ParsedAdr {
  const warnings: string[] = [];
  const { title, intro, rest } = readTitle(splitSections(source, 2).sections, opts.fileName, warnings);
  const { values, leftover } = readMetadata(intro);
  const statusText = values.status ?? '';
  const status =
    statusText === '' ? { status: 'accepted' as const, supersededBy: null, warning: null } : readStatus(statusText);
  if (status.warning) warnings.push(status.warning);
  const date = readDate(values.date ?? null, opts.fallbackDate);
  if (date.warning) warnings.push(date.warning);
  const linksSection = rest.find((s) => isLinksSection(s.heading));
  const links: AdrLink[] = [];
  const keptLines: string[] = [];
  for (const line of (linksSection?.body ?? '').split(/\r?\n/)) {
    const link = readLinkLine(line);
    if (link) links.push(link);
    if (!link || linkKind(link.relation) === 'other') keptLines.push(line);
  }
  const statusLink = readLinkLine(`superseded by ${statusText.replace(/^superse[dc]ed\s*by\s*:?\s*/i, '')}`);
  if (status.status === 'superseded' && statusLink) links.push(statusLink);
  const fields = readMadrBody(
    rest.filter((s) => s !== linksSection),
    madrRoles,
    null,
    warnings,
  );
  if (leftover !== '') fields.extraSections.unshift({ heading: 'Introduction', body: leftover });
  const kept = keptLines.join('\n').trim();
  if (kept !== '') fields.extraSections.push({ heading: linksSection!.heading, body: kept });
  const numbers = (kind: string) =>
    links.filter((l) => linkKind(l.relation) === kind && l.number !== null).map((l) => l.number!);
  const record = clampDraft(
    {
      title,
      status: status.status,
      date: date.date,
      decisionMakers: split(values.deciders, /,/),
      consulted: split(values.consulted, /,/),
      informed: split(values.informed, /,/),
      tags: split(values.tags, /[\s,]+/),
      ...fields,
      supersedes: [...new Set(numbers('supersedes'))],
      supersededBy: numbers('superseded-by').at(-1) ?? status.supersededBy,
      analysisId: null,
    },
    warnings,
  );
  return {
    format: 'log4brains',
    number: opts.fileName ? numberFromFileName(opts.fileName) : null,
    id: null,
    createdAt: null,
    updatedAt: null,
    record,
    statusText,
    links,
    warnings,
  };
}
