// Renders a decision as a MADR 4 file: front matter, the MADR sections, kept extra sections, then references.
//
// Front matter keys: the MADR 4 ones (status, date, decision-makers, consulted, informed) and review-by, tags, supersedes
// (numbers), superseded-by (only when the status does not already say "superseded by ADR-NNNN"), analysis and
// option-ids (only when not derivable from the titles). The number lives in the file name, as MADR does it.
import type { Decision } from '../decision.ts';
import type { RenderContext } from './types.ts';
import { writeFrontMatter } from './front-matter.ts';
import { madrAdrRef } from './links.ts';
import { renderMadrBody } from './madr-body.ts';
import { assignOptionIds } from './options-markdown.ts';

/** A status that only says "superseded" or "superseded by …" is written MADR 4's way, "superseded by ADR-0012". */
export function madrStatus(d: Decision): string | null {
  return d.supersededBy !== null && d.status !== null && /^\s*superse[dc]ed(?:\s+by\b[\s\S]*)?$/i.test(d.status)
    ? `superseded by ${madrAdrRef(d.supersededBy)}`
    : d.status;
}

function frontMatter(d: Decision): Record<string, unknown> {
  // Absent stays absent: no status or date is written that the record does not have.
  const data: Record<string, unknown> = {};
  const status = madrStatus(d);
  if (status !== null) data.status = status;
  if (d.date !== null) data.date = d.date;
  if (d.reviewBy !== null) data['review-by'] = d.reviewBy;
  const lists = { 'decision-makers': d.decisionMakers, consulted: d.consulted, informed: d.informed, tags: d.tags };
  for (const [key, value] of Object.entries(lists)) if (value.length > 0) data[key] = value;
  if (d.supersedes.length > 0) data.supersedes = d.supersedes;
  if (d.supersededBy !== null && !/superse[dc]ed\s+by/i.test(status ?? '')) data['superseded-by'] = d.supersededBy;
  if (d.analysisId !== null) data.analysis = d.analysisId;
  const ids = d.options.map((o) => o.id);
  const derived = assignOptionIds(
    d.options.map((o) => o.title),
    null,
  );
  if (ids.some((id, i) => id !== derived[i])) data['option-ids'] = ids;
  return data;
}

/** The title follows the fence directly: adr-log reads the line right after the front matter as the title. */
export function renderMadr(d: Decision, ctx: RenderContext): string {
  return `${writeFrontMatter(frontMatter(d))}# ${d.title}\n\n${renderMadrBody(d, ctx)}\n`;
}
