// The MADR sections (context, drivers, options, outcome, pros/cons, more information), shared by MADR 4 and log4brains.
import type { ExtraSection } from '../decision.ts';
import { decisionCitations } from '../decision.ts';
import type { Decision } from '../decision.ts';
import type { DecisionDraft, RenderContext } from './types.ts';
import type { Section } from './sections.ts';
import { listItems, splitSections } from './sections.ts';
import {
  assignOptionIds,
  bulletList,
  readChosen,
  readOptions,
  renderChosen,
  renderProsCons,
} from './options-markdown.ts';
import { isGeneratedReferences, renderReferences } from './references.ts';

export function section(depth: number, heading: string, body: string): string {
  return body === '' ? `${'#'.repeat(depth)} ${heading}` : `${'#'.repeat(depth)} ${heading}\n\n${body}`;
}

/** Sections from Context to More Information; `tail` (e.g. log4brains' Links) goes last, after the references. */
export function renderMadrBody(d: Decision, ctx: RenderContext, tail: string[] = []): string {
  const outcome = [
    renderChosen(d),
    d.consequences === '' ? '' : section(3, 'Consequences', d.consequences),
    d.confirmation === '' ? '' : section(3, 'Confirmation', d.confirmation),
  ].filter((part) => part !== '');
  const parts = [
    section(2, 'Context and Problem Statement', d.context),
    d.drivers.length === 0 ? '' : section(2, 'Decision Drivers', bulletList(d.drivers)),
    section(2, 'Considered Options', bulletList(d.options.map((o) => o.title))),
    section(2, 'Decision Outcome', outcome.join('\n\n')),
    d.options.some((o) => o.description !== '' || o.pros.length + o.neutral.length + o.cons.length > 0)
      ? section(2, 'Pros and Cons of the Options', renderProsCons(d.options))
      : '',
    d.moreInformation === '' ? '' : section(2, 'More Information', d.moreInformation),
    ...renderExtrasAndReferences(d, ctx),
    ...tail,
  ];
  return parts.filter((part) => part !== '').join('\n\n');
}

export function renderExtrasAndReferences(d: Decision, ctx: RenderContext): string[] {
  const references = renderReferences(decisionCitations(d), ctx.resolveCitation);
  return [
    ...d.extraSections.map((s) => section(2, s.heading, s.body)),
    references === '' ? '' : section(2, 'References', references),
  ];
}

type BodyFields = Pick<
  DecisionDraft,
  | 'context'
  | 'drivers'
  | 'options'
  | 'chosenOption'
  | 'justification'
  | 'consequences'
  | 'confirmation'
  | 'moreInformation'
  | 'extraSections'
>;

/** Consequences, confirmation and any other subsection of "Decision Outcome". */
function readOutcome(body: string, into: BodyFields, extras: ExtraSection[]): string {
  const { preamble, sections } = splitSections(body, 3);
  const consequences: Section[] = [];
  for (const s of sections) {
    if (s.key === 'confirmation' || s.key === 'validation') into.confirmation = s.body;
    // MADR 2/3 split consequences into positive and negative; keep both, with their headings, in one text.
    else if (s.key.includes('consequences')) consequences.push(s);
    else extras.push({ heading: s.heading, body: s.body });
  }
  into.consequences =
    consequences.length === 1 && consequences[0]!.key === 'consequences'
      ? consequences[0]!.body
      : consequences.map((s) => `#### ${s.heading}\n\n${s.body}`.trim()).join('\n\n');
  return preamble;
}

export type SectionRole =
  'context' | 'drivers' | 'considered' | 'outcome' | 'prosCons' | 'consequences' | 'confirmation' | 'moreInformation';

/** MADR's section names; adr-tools adds its own names for some roles (Context, Decision, Consequences). */
export const madrRoles: ReadonlyMap<string, SectionRole> = new Map([
  ['context and problem statement', 'context'],
  ['decision drivers', 'drivers'],
  ['considered options', 'considered'],
  ['decision outcome', 'outcome'],
  ['pros and cons of the options', 'prosCons'],
  ['more information', 'moreInformation'],
]);

/** Reads sections by role; unknown or repeated ones land in extraSections verbatim, our generated references are dropped. */
export function readMadrBody(
  sections: readonly Section[],
  roles: ReadonlyMap<string, SectionRole>,
  optionIds: readonly string[] | null,
  warnings: string[],
): BodyFields {
  const fields: BodyFields = {
    context: '',
    drivers: [],
    options: [],
    chosenOption: null,
    justification: '',
    consequences: '',
    confirmation: '',
    moreInformation: '',
    extraSections: [],
  };
  const seen = new Set<SectionRole>();
  let considered = '';
  let prosCons = '';
  let chosenText = '';
  const outcomeExtras: ExtraSection[] = [];
  for (const s of sections) {
    if (isGeneratedReferences(s.heading, s.body)) continue;
    const role = roles.get(s.key);
    if (!role || seen.has(role)) {
      fields.extraSections.push({ heading: s.heading, body: s.body });
      continue;
    }
    seen.add(role);
    if (role === 'context') fields.context = s.body;
    else if (role === 'drivers') fields.drivers = listItems(s.body);
    else if (role === 'considered') considered = s.body;
    else if (role === 'outcome') chosenText = readOutcome(s.body, fields, outcomeExtras);
    else if (role === 'prosCons') prosCons = s.body;
    else fields[role] = s.body;
  }
  fields.options = readOptions(considered, prosCons, optionIds);
  const chosen = readChosen(chosenText, fields.options);
  if (chosen.unknownTitle !== null) {
    warnings.push(`chosen option "${chosen.unknownTitle}" is not among the considered options; added it`);
    const titles = [...fields.options.map((o) => o.title), chosen.unknownTitle];
    const id = assignOptionIds(
      titles,
      fields.options.map((o) => o.id),
    ).at(-1)!;
    fields.options.push({ id, title: chosen.unknownTitle, description: '', pros: [], neutral: [], cons: [] });
    fields.chosenOption = id;
  } else {
    fields.chosenOption = chosen.chosenOption;
  }
  fields.justification = chosen.justification;
  fields.extraSections.push(...outcomeExtras);
  return fields;
}
