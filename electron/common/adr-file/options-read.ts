// Considered options: titles from the "Considered Options" list, details from "Pros and Cons of the Options".
import { blocksIn, contentOf, type Outline, type Section } from './outline.ts';
import { itemText, type ListBlock } from './markdown-list.ts';
import { matchOption } from './option-match.ts';
import { toLf, type Span } from './source-text.ts';

export interface RecordOption {
  /** The option as written in the list, whole (links, trailing description, nested lists); or its heading. */
  title: string;
  /** What the pros-and-cons subsection says besides its Good/Neutral/Bad bullets. */
  description: string;
  pros: string[];
  neutral: string[];
  cons: string[];
}

export interface OptionsLayout {
  considered: Section | null;
  /** The first list in "Considered Options"; paragraphs around it are never touched. */
  list: ListBlock | null;
  /** Options [0, listed) are the list's items; later ones only have a pros-and-cons subsection. */
  listed: number;
  prosCons: Section | null;
  /** Each option's `###` subsection under "Pros and Cons of the Options", if it has one. */
  details: (Section | null)[];
  options: RecordOption[];
}

const verdict = /^(good|neutral|bad)\b(?:[ \t]*,[ \t]*because\b)?[ \t]*[,:]?[ \t]*/i;

/** Description and Good/Neutral/Bad bullets of one subsection; bullets come out of the description. */
function readOptionBody(text: string, outline: Outline, span: Span): Omit<RecordOption, 'title'> {
  const body = { description: '', pros: [] as string[], neutral: [] as string[], cons: [] as string[] };
  const content = contentOf(text, outline, span);
  const cuts: Span[] = [];
  for (const list of blocksIn(outline, content)) {
    if (list.type !== 'list') continue;
    for (const item of list.items) {
      const whole = itemText(text, item);
      const m = verdict.exec(whole);
      if (!m) continue;
      const kind = m[1]!.toLowerCase();
      (kind === 'good' ? body.pros : kind === 'bad' ? body.cons : body.neutral).push(whole.slice(m[0].length));
      cuts.push(item);
    }
  }
  let description = '';
  let at = content.start;
  for (const cut of cuts) {
    description += text.slice(at, cut.start);
    at = cut.end;
  }
  description += text.slice(at, content.end);
  body.description = toLf(description)
    .replace(/\n[ \t]*(?:\n[ \t]*)+\n/g, '\n\n')
    .trim();
  return body;
}

function firstList(text: string, outline: Outline, section: Section): ListBlock | null {
  const list = blocksIn(outline, contentOf(text, outline, section.own)).find((b) => b.type === 'list');
  return (list as ListBlock | undefined) ?? null;
}

export function readOptions(
  text: string,
  outline: Outline,
  considered: Section | null,
  prosCons: Section | null,
): OptionsLayout {
  const list = considered ? firstList(text, outline, considered) : null;
  const empty = { description: '', pros: [], neutral: [], cons: [] };
  const options: RecordOption[] = (list?.items ?? []).map((item) => ({ title: itemText(text, item), ...empty }));
  const listed = options.length;
  const details: (Section | null)[] = options.map(() => null);
  const subsections = prosCons
    ? outline.sections.filter(
        (s) => s.heading.depth === 3 && s.heading.start >= prosCons.all.start && s.heading.end <= prosCons.all.end,
      )
    : [];
  for (const sub of subsections) {
    const free = options.map((o, i) => (details[i] === null && i < listed ? o.title : ''));
    const i = matchOption(sub.heading.text, free) ?? options.length;
    if (i === options.length) {
      options.push({ title: sub.heading.text, ...empty });
      details.push(null);
    }
    options[i] = { title: options[i]!.title, ...readOptionBody(text, outline, sub.all) };
    details[i] = sub;
  }
  return { considered, list, listed, prosCons, details, options };
}
