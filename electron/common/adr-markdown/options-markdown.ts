// Considered options, their pros and cons, and the "Chosen option" line, written and read the MADR way.
import { topLevelBlocks } from './markdown-blocks.ts';
import type { DecisionOption } from '../decision.ts';
import type { DecisionDraft } from './types.ts';
import { listItems, splitSections } from './sections.ts';
import { slugify } from './file-name.ts';

export function bulletList(items: readonly string[]): string {
  return items.map((item) => `* ${item}`).join('\n');
}

function hasDetails(o: DecisionOption): boolean {
  return o.description !== '' || o.pros.length + o.neutral.length + o.cons.length > 0;
}

/** `### Option` blocks with description and Good/Neutral/Bad bullets; '' when no option has details. */
export function renderProsCons(options: readonly DecisionOption[]): string {
  return options
    .filter(hasDetails)
    .map((o) => {
      const bullets = [
        ...o.pros.map((p) => `* Good, because ${p}`),
        ...o.neutral.map((p) => `* Neutral, because ${p}`),
        ...o.cons.map((p) => `* Bad, because ${p}`),
      ];
      return [`### ${o.title}`, o.description, bullets.join('\n')].filter((part) => part !== '').join('\n\n');
    })
    .join('\n\n');
}

/**
 * The outcome's first paragraph: `Chosen option: "X", because …`, or just the justification while undecided. A chosen
 * option that names none of the considered ones (`chosenText`) is written as it was.
 */
export function renderChosen(
  d: Pick<DecisionDraft, 'options' | 'chosenOption' | 'justification'> & { chosenText?: string | null },
): string {
  const title = d.options.find((o) => o.id === d.chosenOption)?.title ?? d.chosenText ?? null;
  if (title === null) return d.justification;
  return d.justification === '' ? `Chosen option: "${title}"` : `Chosen option: "${title}", because ${d.justification}`;
}

const verdict = /^(good|neutral|bad)\b(?:\s*,\s*because\b)?\s*[,:]?\s*/i;

function readOptionBody(title: string, body: string): Omit<DecisionOption, 'id'> {
  const option = { title, description: '', pros: [] as string[], neutral: [] as string[], cons: [] as string[] };
  // What our renderers write: nothing but "* Good/Neutral/Bad, because …" lines, read without a parse.
  const lines = body.trim().split(/\r?\n/);
  const plain = lines.map((l) => (/^[-*+] \S/.test(l) ? verdict.exec(l.slice(2)) : null));
  if (body.trim() !== '' && plain.every((m) => m !== null)) {
    plain.forEach((m, i) => {
      const kind = m![1]!.toLowerCase();
      const rest = lines[i]!.slice(2).trim().slice(m![0].length);
      (kind === 'good' ? option.pros : kind === 'bad' ? option.cons : option.neutral).push(rest);
    });
    return option;
  }
  const cuts: [number, number][] = [];
  for (const list of topLevelBlocks(body)) {
    if (list.type !== 'list') continue;
    for (const { start, end } of list.items) {
      const text = listItems(body.slice(start, end))[0] ?? '';
      const m = verdict.exec(text);
      if (!m) continue;
      const kind = m[1]!.toLowerCase();
      const rest = text.slice(m[0].length);
      (kind === 'good' ? option.pros : kind === 'bad' ? option.cons : option.neutral).push(rest);
      cuts.push([start, end]);
    }
  }
  let description = body;
  for (const [start, end] of cuts.reverse()) description = description.slice(0, start) + description.slice(end);
  option.description = description.trim();
  return option;
}

/** Gives each option a stable id: the given one when known, else a slug of its title made unique. */
export function assignOptionIds(titles: readonly string[], given: readonly string[] | null): string[] {
  const used = new Set<string>();
  return titles.map((title, i) => {
    const wanted = given?.[i];
    let id = wanted && wanted.length <= 64 && !used.has(wanted) ? wanted : slugify(title);
    for (let n = 2; used.has(id); n++) id = `${slugify(title)}-${n}`;
    used.add(id);
    return id;
  });
}

/** Options from the "Considered Options" list and the "Pros and Cons" subsections, matched by title. */
export function readOptions(
  considered: string,
  prosCons: string,
  givenIds: readonly string[] | null,
): DecisionOption[] {
  const titles = listItems(considered);
  const details = splitSections(prosCons, 3).sections;
  for (const s of details) if (!titles.includes(s.heading)) titles.push(s.heading);
  const ids = assignOptionIds(titles, givenIds);
  return titles.map((title, i) => {
    const detail = details.find((s) => s.heading === title);
    return { id: ids[i]!, ...readOptionBody(title, detail?.body ?? '') };
  });
}

export interface ChosenRead {
  chosenOption: string | null;
  justification: string;
  /** A chosen title that matched no option; the caller adds it as an option. */
  unknownTitle: string | null;
}

/** Reads `Chosen option: "X", because …`, preferring the longest known option title that fits. */
export function readChosen(text: string, options: readonly DecisionOption[]): ChosenRead {
  const prefix = 'Chosen option:';
  if (!text.startsWith(prefix)) return { chosenOption: null, justification: text, unknownTitle: null };
  const rest = text.slice(prefix.length).trimStart();
  const byLength = [...options].sort((a, b) => b.title.length - a.title.length);
  const match = byLength.find((o) => rest.startsWith(`"${o.title}"`));
  const quoted = match ? null : (/^"([^"\n]*)"/.exec(rest) ?? /^([^,\n]+)/.exec(rest));
  const consumed = match ? match.title.length + 2 : (quoted?.[0].length ?? 0);
  const justification = rest
    .slice(consumed)
    .replace(/^\s*[,.]?\s*(?:because\b\s?)?/, '')
    .trim();
  if (match) return { chosenOption: match.id, justification, unknownTitle: null };
  return { chosenOption: null, justification, unknownTitle: quoted?.[1]?.trim() || null };
}
