// Points links between records at their new file names, touching only each link's href (and a label naming the old number).
import { markdownLinks, siblingTarget } from './markdown-links.ts';

export interface Rename {
  /** The new file name, or `#anchor` for a link into a combined document. */
  to: string;
  /** When the record was renumbered: a label reading "3. Title" or "ADR-0003" is renumbered with it. */
  number?: { from: number; to: number };
}

function relabel(label: string, number: Rename['number']): string {
  if (!number) return label;
  const numbered = /^(\s*)0*(\d+)(\.\s)/.exec(label);
  if (numbered && Number(numbered[2]) === number.from)
    return `${numbered[1]}${number.to}${numbered[3]}${label.slice(numbered[0].length)}`;
  const adr = /^(\s*ADR[-\s]?)(\d+)\b/i.exec(label);
  if (adr && Number(adr[2]) === number.from)
    return `${adr[1]}${String(number.to).padStart(adr[2]!.length, '0')}${label.slice(adr[0].length)}`;
  return label;
}

function newHref(href: string, to: string): string {
  if (to.startsWith('#')) return to;
  const bracketed = href.startsWith('<') && href.endsWith('>');
  const inner = bracketed ? href.slice(1, -1) : href;
  const dotSlash = /^(?:\.\/)*/.exec(inner)![0];
  const suffix = /[?#].*$/.exec(inner)?.[0] ?? '';
  const path = `${dotSlash}${to}${suffix}`;
  return bracketed ? `<${path}>` : path;
}

/**
 * Rewrites every link (inline or reference definition, outside code) whose target is a renamed sibling, keeping
 * `./`, fragments and everything else byte for byte. `renames` is keyed by the old file name.
 */
export function rewriteLinks(text: string, renames: ReadonlyMap<string, Rename>): string {
  if (renames.size === 0) return text;
  let out = '';
  let at = 0;
  for (const link of markdownLinks(text)) {
    const target = siblingTarget(link.href);
    const rename = target === null ? undefined : renames.get(target);
    if (!rename) continue;
    const labelStart = link.start + 1;
    const label = relabel(link.label, rename.number);
    out += text.slice(at, labelStart) + label + text.slice(labelStart + link.label.length, link.hrefStart);
    out += newHref(link.href, rename.to);
    at = link.hrefEnd;
  }
  return at === 0 ? text : out + text.slice(at);
}
