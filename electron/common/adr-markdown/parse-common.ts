// Steps every parser shares: the title, the record's limits, and the empty record to fill.
import { limits } from '../decision.ts';
import type { DecisionDraft } from './types.ts';
import type { Section } from './sections.ts';

export interface TitleRead {
  title: string;
  /** Text between the title and the first section (metadata lines in adr-tools and log4brains). */
  intro: string;
  /** The sections after the title. */
  rest: Section[];
}

function titleFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop()!.replace(/\.md$/i, '').replace(/^\d+-/, '');
  const words = base.replace(/[-_]+/g, ' ').trim();
  return words === '' ? 'Untitled' : words.charAt(0).toUpperCase() + words.slice(1);
}

/** The first level-1 heading is the title; without one the file name stands in, with a warning. */
export function readTitle(sections: readonly Section[], fileName: string | undefined, warnings: string[]): TitleRead {
  const index = sections.findIndex((s) => s.depth === 1);
  const found = sections[index];
  const rest = sections.filter((_, i) => i !== index);
  if (!found || found.heading === '') {
    const title = titleFromFileName(fileName);
    warnings.push(`no title heading; titled "${title}" from the file name`);
    return { title, intro: found?.body ?? '', rest };
  }
  return { title: found.heading, intro: found.body, rest };
}

function clip(value: string, max: number, what: string, warnings: string[]): string {
  if (value.length <= max) return value;
  warnings.push(`${what} is ${value.length} characters; cut to ${max}`);
  return value.slice(0, max);
}

function clipList(values: string[], what: string, warnings: string[]): string[] {
  const kept = values.length > limits.listLength ? values.slice(0, limits.listLength) : values;
  if (kept !== values) warnings.push(`${what} has ${values.length} entries; kept the first ${limits.listLength}`);
  return kept.map((v, i) => clip(v, limits.listItem, `${what} entry ${i + 1}`, warnings));
}

/** Cuts what exceeds the model's limits, saying so, so that an odd file still imports. */
export function clampDraft(d: DecisionDraft, warnings: string[]): DecisionDraft {
  const text = (v: string, what: string) => clip(v, limits.text, what, warnings);
  return {
    ...d,
    title: clip(d.title, limits.title, 'the title', warnings),
    decisionMakers: clipList(d.decisionMakers, 'decision-makers', warnings),
    consulted: clipList(d.consulted, 'consulted', warnings),
    informed: clipList(d.informed, 'informed', warnings),
    tags: d.tags
      .map((t) => t.slice(0, 64))
      .filter((t) => t !== '')
      .slice(0, 50),
    context: text(d.context, 'the context'),
    drivers: clipList(d.drivers, 'decision drivers', warnings),
    options: d.options.slice(0, 50).map((o) => ({
      ...o,
      title: clip(o.title, limits.title, `option "${o.title.slice(0, 40)}"`, warnings) || 'Untitled option',
      description: text(o.description, 'an option description'),
      pros: clipList(o.pros, 'pros', warnings),
      neutral: clipList(o.neutral, 'neutral points', warnings),
      cons: clipList(o.cons, 'cons', warnings),
    })),
    justification: text(d.justification, 'the justification'),
    consequences: text(d.consequences, 'the consequences'),
    confirmation: text(d.confirmation, 'the confirmation'),
    moreInformation: text(d.moreInformation, 'more information'),
    extraSections: d.extraSections.map((s) => ({
      heading: clip(s.heading, limits.title, 'a section heading', warnings),
      body: text(s.body, `section "${s.heading.slice(0, 40)}"`),
    })),
  };
}
