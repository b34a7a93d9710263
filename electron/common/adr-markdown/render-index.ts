// The index of a folder export and the one-document export of all decisions.
import type { Decision } from '../decision.ts';
import type { RenderContext } from './types.ts';
import { padNumber, slugify } from './file-name.ts';
import { escapeLinkText, fileHref, madrAdrRef } from './links.ts';
import { statusWord } from './status-date.ts';
import { renderMadrBody } from './madr-body.ts';
import { shiftHeadings } from './sections.ts';

// Numbered records in number order, then the unnumbered ones (log4brains' dated files) by file name.
const byNumber = (decisions: readonly Decision[]) =>
  [...decisions].sort((a, b) => (a.number ?? Infinity) - (b.number ?? Infinity) || a.id.localeCompare(b.id));

const label = (d: Decision) => (d.number === null ? d.title : `${d.number}. ${d.title}`);

function entry(d: Decision, href: string): string {
  const status = statusWord(d.status);
  return `* [${escapeLinkText(label(d))}](${href})${status ? ` — ${status}` : ''}`;
}

/** `index.md`: one line per record in number order; the adr-log markers let `adr-log -i` refresh the list in place. */
export function renderIndex(decisions: readonly Decision[]): string {
  const lines = byNumber(decisions).map((d) => entry(d, fileHref(d.id)));
  return `# Architecture Decision Records\n\n<!-- adrlog -->\n\n${lines.join('\n')}\n\n<!-- adrlogstop -->\n`;
}

export const anchorOf = (d: Pick<Decision, 'number' | 'id'>) =>
  d.number === null ? `adr-${slugify(d.id.replace(/\.md$/i, ''))}` : `adr-${padNumber(d.number)}`;

function metadata(d: Decision, byNumberMap: Map<number, Decision>): string {
  // A number no record in the document has is named without a link: no anchor would answer it.
  const link = (n: number) => {
    const target = byNumberMap.get(n);
    return target ? `[${n}. ${escapeLinkText(target.title)}](#${anchorOf(target)})` : madrAdrRef(n);
  };
  const rows: [string, string][] = [
    ['Status', statusWord(d.status)],
    ['Date', d.date ?? ''],
    ['Decision-makers', d.decisionMakers.join(', ')],
    ['Consulted', d.consulted.join(', ')],
    ['Informed', d.informed.join(', ')],
    ['Tags', d.tags.join(', ')],
    ['Supersedes', d.supersedes.map(link).join(', ')],
    ['Superseded by', d.supersededBy === null ? '' : link(d.supersededBy)],
  ];
  return rows
    .filter(([, v]) => v !== '')
    .map(([k, v]) => `* ${k}: ${v}`)
    .join('\n');
}

/** All records in one file: a contents list, then each record under an anchor with its sections one level down. */
export function renderCombined(decisions: readonly Decision[], ctx: RenderContext): string {
  const sorted = byNumber(decisions);
  const map = new Map(sorted.flatMap((d) => (d.number === null ? [] : [[d.number, d] as const])));
  const contents = sorted.map((d) => entry(d, `#${anchorOf(d)}`)).join('\n');
  const records = sorted.map((d) =>
    [`<a id="${anchorOf(d)}"></a>`, `## ${label(d)}`, metadata(d, map), shiftHeadings(renderMadrBody(d, ctx), 1)].join(
      '\n\n',
    ),
  );
  return `# Architecture Decision Records\n\n${contents}\n\n${records.join('\n\n')}\n`;
}
