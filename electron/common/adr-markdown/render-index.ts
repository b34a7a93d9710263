// The index of a folder export and the one-document export of all decisions.
import type { Decision } from '../decision.ts';
import type { RenderContext } from './types.ts';
import { decisionFileName, padNumber } from './file-name.ts';
import { escapeLinkText } from './links.ts';
import { statusWord } from './status-date.ts';
import { renderMadrBody } from './madr-body.ts';
import { shiftHeadings } from './sections.ts';

const byNumber = (decisions: readonly Decision[]) => [...decisions].sort((a, b) => a.number - b.number);

function entry(d: Decision, href: string): string {
  return `* [${d.number}. ${escapeLinkText(d.title)}](${href}) — ${statusWord(d.status)}`;
}

/** `index.md`: one line per record in number order; the adr-log markers let `adr-log -i` refresh the list in place. */
export function renderIndex(decisions: readonly Decision[]): string {
  const lines = byNumber(decisions).map((d) => entry(d, decisionFileName(d.number, d.title)));
  return `# Architecture Decision Records\n\n<!-- adrlog -->\n\n${lines.join('\n')}\n\n<!-- adrlogstop -->\n`;
}

export const anchorOf = (number: number) => `adr-${padNumber(number)}`;

function metadata(d: Decision, byNumberMap: Map<number, Decision>): string {
  const link = (n: number) =>
    `[${n}. ${escapeLinkText(byNumberMap.get(n)?.title ?? `Decision ${n}`)}](#${anchorOf(n)})`;
  const rows: [string, string][] = [
    ['Status', statusWord(d.status)],
    ['Date', d.date],
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
  const map = new Map(sorted.map((d) => [d.number, d]));
  const contents = sorted.map((d) => entry(d, `#${anchorOf(d.number)}`)).join('\n');
  const records = sorted.map((d) =>
    [
      `<a id="${anchorOf(d.number)}"></a>`,
      `## ${d.number}. ${d.title}`,
      metadata(d, map),
      shiftHeadings(renderMadrBody(d, ctx), 1),
    ].join('\n\n'),
  );
  return `# Architecture Decision Records\n\n${contents}\n\n${records.join('\n\n')}\n`;
}
