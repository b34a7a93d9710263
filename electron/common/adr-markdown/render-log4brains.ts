// Renders a decision in the MADR 2 layout log4brains reads: bullet metadata under the title, MADR sections, Links last.
//
// Metadata bullets: Status (with "superseded by [NNNN-slug](NNNN-slug.md)" as log4brains writes it, the
// link text being the target's slug), Deciders, Date, Tags, which log4brains reads, and Consulted and
// Informed, which it shows as text. `## Links` holds "Supersedes …" / "Superseded by …" lines (the latter
// only when the status does not already name the superseder) and then any kept "Links" section.
// The review date goes to front matter (`review-by`), as the editor writes it, never to a bullet log4brains
// would show as the record's own metadata.
// Not carried: the app's id, timestamps, analysis link and option ids (MADR 4 is the lossless format).
import type { Decision } from '../decision.ts';
import type { RenderContext } from './types.ts';
import { slugLink } from './links.ts';
import { renderMadrBody, section } from './madr-body.ts';
import { writeFrontMatter } from './front-matter.ts';

export function isLinksSection(heading: string): boolean {
  return heading.trim().toLowerCase() === 'links';
}

/** A status that only says "superseded" or "superseded by …" names the superseder log4brains' way. */
function namesSuperseder(d: Decision): boolean {
  return d.supersededBy !== null && d.status !== null && /^\s*superse[dc]ed(?:\s+by\b[\s\S]*)?$/i.test(d.status);
}

function status(d: Decision, ctx: RenderContext): string {
  return namesSuperseder(d) ? slugLink('superseded by', d.supersededBy!, ctx) : (d.status ?? '');
}

function metadata(d: Decision, ctx: RenderContext): string {
  const rows: [string, string][] = [
    ['Status', status(d, ctx)],
    ['Deciders', d.decisionMakers.join(', ')],
    ['Consulted', d.consulted.join(', ')],
    ['Informed', d.informed.join(', ')],
    ['Date', d.date ?? ''],
    ['Tags', d.tags.join(', ')],
  ];
  return rows
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `- ${key}: ${value}`)
    .join('\n');
}

function links(d: Decision, ctx: RenderContext): string {
  const lines = [
    ...d.supersedes.map((n) => `- ${slugLink('Supersedes', n, ctx)}`),
    ...(d.supersededBy !== null && !namesSuperseder(d) ? [`- ${slugLink('Superseded by', d.supersededBy, ctx)}`] : []),
  ];
  const kept = d.extraSections.filter((s) => isLinksSection(s.heading)).map((s) => s.body);
  const body = [lines.join('\n'), ...kept].filter((part) => part !== '').join('\n\n');
  return body === '' ? '' : section(2, 'Links', body);
}

export function renderLog4brains(d: Decision, ctx: RenderContext): string {
  const withoutLinks = { ...d, extraSections: d.extraSections.filter((s) => !isLinksSection(s.heading)) };
  const reviewBy = d.reviewBy === null ? '' : writeFrontMatter({ 'review-by': d.reviewBy });
  return `${reviewBy}# ${d.title}\n\n${metadata(d, ctx)}\n\n${renderMadrBody(withoutLinks, ctx, [links(d, ctx)])}\n`;
}
