// Parses a MADR file (front matter with status/date, MADR 2–4 sections) back into a decision draft.
import type { ParsedAdr, ParseOptions } from './types.ts';
import { readFrontMatter, splitFrontMatter } from './front-matter.ts';
import { numberFromFileName } from './file-name.ts';
import { splitSections } from './sections.ts';
import { readDate, readStatus } from './status-date.ts';
import { madrRoles, readMadrBody } from './madr-body.ts';
import { clampDraft, readTitle } from './parse-common.ts';

function strings(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value))
    return value
      .filter((v) => v !== null && typeof v !== 'object')
      .map((v) => String(v).trim())
      .filter((v) => v !== '');
  if (typeof value === 'object') return [];
  return String(value)
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function recordNumber(value: unknown): number | null {
  const m = /^(?:adr[-\s]?)?0*(\d+)$/i.exec(String(value ?? '').trim());
  const n = m ? Number(m[1]) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export function parseMadr(source: string, opts: ParseOptions): ParsedAdr {
  const warnings: string[] = [];
  const { yaml, body } = splitFrontMatter(source);
  const fm = yaml === null ? { ok: true as const, data: {} } : readFrontMatter(yaml);
  if (!fm.ok) warnings.push(fm.error);
  const data = fm.ok ? fm.data : {};
  const statusText = optionalString(data.status) ?? '';
  // MADR makes the status optional; like log4brains, read a record without one as accepted, but say so.
  const status =
    statusText.trim() === ''
      ? { status: 'accepted' as const, supersededBy: null, warning: 'no status; imported as accepted' }
      : readStatus(statusText);
  if (status.warning) warnings.push(status.warning);
  const date = readDate(optionalString(data.date), opts.fallbackDate);
  if (date.warning) warnings.push(date.warning);
  const { title, intro, rest } = readTitle(splitSections(body, 2).sections, opts.fileName, warnings);
  const given = Array.isArray(data['option-ids']) ? strings(data['option-ids']) : null;
  const fields = readMadrBody(rest, madrRoles, given, warnings);
  if (intro !== '') fields.extraSections.unshift({ heading: 'Introduction', body: intro });
  const supersedes = strings(data.supersedes)
    .map(recordNumber)
    .filter((n): n is number => n !== null);
  const record = clampDraft(
    {
      title,
      status: status.status,
      date: date.date,
      decisionMakers: strings(data['decision-makers'] ?? data.deciders),
      consulted: strings(data.consulted),
      informed: strings(data.informed),
      tags: strings(data.tags),
      ...fields,
      supersedes,
      supersededBy: recordNumber(data['superseded-by']) ?? status.supersededBy,
      analysisId: optionalString(data.analysis),
    },
    warnings,
  );
  return {
    format: 'madr',
    number: opts.fileName ? numberFromFileName(opts.fileName) : null,
    id: optionalString(data['tradeoff-atlas-id']),
    createdAt: optionalString(data.created),
    updatedAt: optionalString(data.updated),
    record,
    statusText,
    links: [],
    warnings,
  };
}
