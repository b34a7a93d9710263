// One uniform view over every kind of catalogue entry: id, kind, title, the papers it cites and its searchable text.
import type { CatalogData } from './schema.ts';

export const entryKinds = [
  'challenge',
  'solution',
  'stage',
  'interdependency',
  'anti-pattern',
  'tradeoff',
  'strategy',
  'guideline',
  'paper',
  'research-question',
  'note',
] as const;
export type EntryKind = (typeof entryKinds)[number];

export const kindLabels: Record<EntryKind, { one: string; many: string }> = {
  challenge: { one: 'Challenge', many: 'Challenges' },
  solution: { one: 'Solution', many: 'Solutions' },
  stage: { one: 'Stage', many: 'Stages & areas' },
  interdependency: { one: 'Interdependency', many: 'Interdependencies' },
  'anti-pattern': { one: 'Anti-pattern', many: 'Anti-patterns' },
  tradeoff: { one: 'Tradeoff', many: 'Tradeoffs' },
  strategy: { one: 'Strategy', many: 'Strategies' },
  guideline: { one: 'Guideline', many: 'Guidelines' },
  paper: { one: 'Paper', many: 'Papers' },
  'research-question': { one: 'Research question', many: 'Research questions' },
  note: { one: 'Catalogue note', many: 'Catalogue notes' },
};

export interface Entry {
  id: string;
  kind: EntryKind;
  title: string;
  /** A short qualifier shown under the title in lists (stage, area, year, poles…). */
  subtitle: string;
  papers: string[];
  /** Everything a full-text search should see besides id and title. */
  text: string;
}

const join = (...parts: (string | string[])[]) => parts.flat().filter(Boolean).join('\n');

/** Flattens the catalogue into entries, in the paper's order within each kind. */
export function toEntries(data: CatalogData): Entry[] {
  const stageName = new Map(data.stages.map((s) => [s.id, s.name]));
  const name = (id: string) => stageName.get(id) ?? id;
  const solutionOf = new Map(data.solutions.map((s) => [s.challenge, s]));
  return [
    ...data.challenges.map((c) => {
      const s = solutionOf.get(c.id);
      return {
        id: c.id,
        kind: 'challenge' as const,
        title: c.title,
        subtitle: `${c.kind === 'maintainability' ? 'Maintainability' : 'Scalability'} · ${name(c.stage)}`,
        // A challenge is also about what its solution addresses, so its solution's words find it too.
        papers: c.papers,
        text: join(name(c.stage), c.summary, c.detail, s ? [s.summary, s.detail] : []),
      };
    }),
    ...data.solutions.map((s) => ({
      id: s.id,
      kind: 'solution' as const,
      title: s.title,
      subtitle: `Solves ${s.challenge}`,
      papers: s.papers,
      text: join(s.summary, s.tools, s.detail),
    })),
    ...data.stages.map((s) => ({
      id: s.id,
      kind: 'stage' as const,
      title: s.name,
      subtitle: s.kind === 'area' ? `Area ${s.area}` : `Stage · ${s.area}`,
      papers: [],
      text: join(s.aliases, s.description),
    })),
    ...data.interdependencies.map((i) => ({
      id: i.id,
      kind: 'interdependency' as const,
      title: i.title,
      subtitle: `${i.kind === 'maintainability' ? 'Maintainability' : 'Scalability'} · ${i.bidirectional ? 'two-way' : 'one-way'}`,
      papers: i.papers,
      text: join(i.impact, i.detail),
    })),
    ...data.antiPatterns.map((a) => ({
      id: a.id,
      kind: 'anti-pattern' as const,
      title: a.name,
      subtitle: 'Anti-pattern',
      papers: a.papers,
      text: a.description,
    })),
    ...data.tradeoffs.map((t) => ({
      id: t.id,
      kind: 'tradeoff' as const,
      title: t.title,
      subtitle: `${t.left} ↔ ${t.right}`,
      papers: t.papers,
      text: join(t.summary, t.considerations),
    })),
    ...data.strategies.map((s) => ({
      id: s.id,
      kind: 'strategy' as const,
      title: s.title,
      subtitle: 'Balancing strategy',
      papers: s.papers,
      text: join(s.summary, s.points),
    })),
    ...data.guidelines.map((g) => ({
      id: g.id,
      kind: 'guideline' as const,
      title: g.title,
      subtitle: `${g.kind === 'maintainability' ? 'Maintainability' : 'Scalability'} guideline`,
      papers: g.papers,
      text: g.text,
    })),
    ...data.references.map((r) => ({
      id: r.id,
      kind: 'paper' as const,
      title: r.title,
      subtitle: `${r.authors[0] ?? ''}${r.authors.length > 1 ? ' et al.' : ''} · ${r.year ?? 'year not printed'}`,
      papers: [],
      text: join(r.authors, r.venue, String(r.year ?? '')),
    })),
    ...data.researchQuestions.map((q) => {
      // The paper writes each question as "question? - what it explores"; lists show the question alone.
      const [question = q.text, ...explanation] = q.text.split(' - ');
      return {
        id: q.id,
        kind: 'research-question' as const,
        title: question,
        subtitle: 'Research question',
        papers: [],
        text: explanation.join(' - '),
      };
    }),
    ...data.notes.map((n) => ({
      // A note's text is a paragraph: the list shows where in the paper it is, the detail shows the text.
      id: n.id,
      kind: 'note' as const,
      title: `On ${n.source}`,
      subtitle: `About ${n.about.length > 4 ? `${n.about.length} entries (${n.about[0]} … ${n.about.at(-1)})` : n.about.join(', ')}`,
      papers: [],
      text: n.text,
    })),
  ];
}
