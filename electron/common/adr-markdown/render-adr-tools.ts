// Renders a decision the way adr-tools (Nygard's format) writes one, so `adr list` and `adr generate toc` read it.
//
// `# N. Title`, `Date:` (with the app's `Review by:` line right under it, where the editor writes it), `## Status` (word, then link lines; a superseded record shows only its
// "Superseded by" link, as `adr new -s` leaves it), `## Context`, `## Decision`, `## Consequences`.
// What Nygard's format has no place for follows as further sections, read back by parse-adr-tools:
// Decision Drivers, Considered Options, Pros and Cons of the Options, Confirmation, More Information,
// Decision Makers, Consulted, Informed, Tags (bullet lists), then kept extra sections and References.
// Not carried: the app's id, timestamps, analysis link and option ids (MADR 4 is the lossless format).
import type { Decision } from '../decision.ts';
import type { RenderContext } from './types.ts';
import { numberedLink } from './links.ts';
import { statusWord } from './status-date.ts';
import { bulletList, renderChosen, renderProsCons } from './options-markdown.ts';
import { renderExtrasAndReferences, section } from './madr-body.ts';

/** The status word, then link lines; a status that only says "superseded (by …)" is left to its link line. */
export function adrToolsStatus(d: Decision, ctx: RenderContext): string {
  const onlySuperseded = d.status !== null && /^\s*superse[dc]ed(?:\s+by\b[\s\S]*)?$/i.test(d.status);
  const word = (onlySuperseded && d.supersededBy !== null) || d.status === null ? [] : [statusWord(d.status)];
  const links = [
    ...d.supersedes.map((n) => numberedLink('Supersedes', n, ctx)),
    ...(d.supersededBy === null ? [] : [numberedLink('Superseded by', d.supersededBy, ctx)]),
  ];
  return [...word, ...links].join('\n\n');
}

/** `Date:` then `Review by:` on the next line; a review date without a record date stands alone. */
function dateLines(d: Decision): string {
  const lines = [d.date === null ? '' : `Date: ${d.date}`, d.reviewBy === null ? '' : `Review by: ${d.reviewBy}`];
  return lines.filter((l) => l !== '').join('\n');
}

export const adrToolsListSections = [
  ['Decision Makers', 'decisionMakers'],
  ['Consulted', 'consulted'],
  ['Informed', 'informed'],
  ['Tags', 'tags'],
] as const;

export function renderAdrTools(d: Decision, ctx: RenderContext): string {
  const optional = (heading: string, body: string) => (body === '' ? '' : section(2, heading, body));
  const parts = [
    d.number === null ? `# ${d.title}` : `# ${d.number}. ${d.title}`,
    dateLines(d),
    section(2, 'Status', adrToolsStatus(d, ctx)),
    section(2, 'Context', d.context),
    section(2, 'Decision', renderChosen(d)),
    section(2, 'Consequences', d.consequences),
    optional('Decision Drivers', bulletList(d.drivers)),
    optional('Considered Options', bulletList(d.options.map((o) => o.title))),
    optional('Pros and Cons of the Options', renderProsCons(d.options)),
    optional('Confirmation', d.confirmation),
    optional('More Information', d.moreInformation),
    ...adrToolsListSections.map(([heading, field]) => optional(heading, bulletList(d[field]))),
    ...renderExtrasAndReferences(d, ctx),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}
