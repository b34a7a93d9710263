// Which known section each heading is (MADR's and Nygard's names), and the order a dialect writes them in.
import type { Outline, Section } from './outline.ts';

export type Role =
  | 'status'
  | 'context'
  | 'drivers'
  | 'considered'
  | 'outcome'
  | 'prosCons'
  | 'consequences'
  | 'confirmation'
  | 'moreInformation'
  | 'decisionMakers'
  | 'consulted'
  | 'informed'
  | 'tags';

export const roleOfKey: ReadonlyMap<string, Role> = new Map([
  ['status', 'status'],
  ['context and problem statement', 'context'],
  ['context', 'context'],
  ['decision drivers', 'drivers'],
  ['considered options', 'considered'],
  ['decision outcome', 'outcome'],
  ['decision', 'outcome'],
  ['pros and cons of the options', 'prosCons'],
  ['consequences', 'consequences'],
  ['confirmation', 'confirmation'],
  ['validation', 'confirmation'],
  ['more information', 'moreInformation'],
  ['decision makers', 'decisionMakers'],
  ['decision-makers', 'decisionMakers'],
  ['deciders', 'decisionMakers'],
  ['consulted', 'consulted'],
  ['informed', 'informed'],
  ['tags', 'tags'],
]);

/** Nygard's sections first, then what render-adr-tools adds after them. */
export const adrToolsOrder: readonly Role[] = [
  'status',
  'context',
  'outcome',
  'consequences',
  'drivers',
  'considered',
  'prosCons',
  'confirmation',
  'moreInformation',
  'decisionMakers',
  'consulted',
  'informed',
  'tags',
];

/** MADR 2–4 and log4brains: consequences and confirmation are subsections of the outcome. */
export const madrOrder: readonly Role[] = [
  'context',
  'drivers',
  'considered',
  'outcome',
  'prosCons',
  'moreInformation',
];

export const headingFor: Record<'madr' | 'adr-tools', Partial<Record<Role, string>>> = {
  madr: {
    context: 'Context and Problem Statement',
    drivers: 'Decision Drivers',
    considered: 'Considered Options',
    outcome: 'Decision Outcome',
    prosCons: 'Pros and Cons of the Options',
    consequences: 'Consequences',
    confirmation: 'Confirmation',
    moreInformation: 'More Information',
  },
  'adr-tools': {
    status: 'Status',
    context: 'Context',
    outcome: 'Decision',
    consequences: 'Consequences',
    drivers: 'Decision Drivers',
    considered: 'Considered Options',
    prosCons: 'Pros and Cons of the Options',
    confirmation: 'Confirmation',
    moreInformation: 'More Information',
    decisionMakers: 'Decision Makers',
    consulted: 'Consulted',
    informed: 'Informed',
    tags: 'Tags',
  },
};

function inside(section: Section, outer: Section): boolean {
  return section.heading.start >= outer.all.start && section.heading.end <= outer.all.end;
}

/**
 * The first top-level (depth 1–2, title excluded) section of each role. Consequences and confirmation are
 * looked for among the outcome's subsections first, as MADR places them.
 */
export function findRoles(outline: Outline, after: number): Map<Role, Section> {
  const found = new Map<Role, Section>();
  const top = outline.sections.filter((s) => s.heading.depth <= 2 && s.heading.start >= after);
  for (const s of top) {
    const role = roleOfKey.get(s.heading.key);
    if (role && !found.has(role)) found.set(role, s);
  }
  const outcome = found.get('outcome');
  if (!outcome) return found;
  for (const role of ['consequences', 'confirmation'] as const) {
    const sub = outline.sections.find(
      (s) => s.heading.depth === 3 && inside(s, outcome) && roleOfKey.get(s.heading.key) === role,
    );
    if (sub) found.set(role, sub);
  }
  return found;
}

/** MADR 2's "Positive Consequences" / "Negative Consequences" subsections of the outcome. */
export function consequenceGroup(outline: Outline, outcome: Section | undefined): Section[] {
  if (!outcome) return [];
  return outline.sections.filter(
    (s) => s.heading.depth === 3 && inside(s, outcome) && /^(?:positive|negative) consequences$/.test(s.heading.key),
  );
}
