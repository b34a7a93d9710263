// The catalogue's list pane groups: entries by kind, by stage or area, and by research question.
import { catalog } from './catalog-data.ts';
import { kindLabels, entryKinds, type Entry, type EntryKind } from '../../catalog/entries.ts';
import type { Browse } from './routes.ts';

export interface Group {
  id: string;
  label: string;
  count: number;
}

// Made on first use: the catalogue is fetched at start, after this module is loaded.
let byKind: Map<string, Entry[]> | undefined;
const entriesOfKind = () =>
  (byKind ??= new Map<string, Entry[]>(entryKinds.map((k) => [k, catalog.entries.filter((e) => e.kind === k)])));
const entry = (id: string) => catalog.entry(id);
const defined = <T>(x: T | undefined): x is T => x !== undefined;

function stageEntries(stageId: string): Entry[] {
  const stage = catalog.stage.get(stageId);
  if (!stage) return [];
  const challenges = catalog.challengesOf(stageId);
  const { incoming, outgoing } = catalog.interdependenciesOf(stageId);
  const stages = stage.kind === 'area' ? catalog.stagesOfArea(stage.area) : [];
  const ids = [
    stageId,
    ...stages.map((s) => s.id),
    ...challenges.flatMap((c) => [c.id, c.solution]),
    ...new Set([...incoming, ...outgoing].map((i) => i.id)),
    ...catalog.data.antiPatterns.filter((a) => [...a.from, ...a.to].includes(stageId)).map((a) => a.id),
  ];
  return [...new Set(ids)].map(entry).filter(defined);
}

/** Parses answeredBy strings such as "challenges:maintainability:DE" or "tradeoffs" into the entries they name. */
function answeredBy(spec: string): Entry[] {
  const [part, ...qualifiers] = spec.split(':');
  const kindOf: Record<string, EntryKind> = {
    challenges: 'challenge',
    solutions: 'solution',
    interdependencies: 'interdependency',
    tradeoffs: 'tradeoff',
    strategies: 'strategy',
    guidelines: 'guideline',
    stages: 'stage',
    antiPatterns: 'anti-pattern',
  };
  const kind = kindOf[part ?? ''];
  if (!kind) return [];
  const wanted = qualifiers.map((q) => q.toLowerCase());
  return (entriesOfKind().get(kind) ?? []).filter((e) => {
    const challengeId = e.kind === 'solution' ? catalog.solution.get(e.id)?.challenge : e.id;
    const challenge = catalog.challenge.get(challengeId ?? '');
    const tags = challenge
      ? [challenge.kind, ...challenge.areas.map((a) => a.toLowerCase())]
      : [catalog.data.interdependencies.find((i) => i.id === e.id)?.kind ?? ''];
    return wanted.every((q) => tags.includes(q));
  });
}

function questionEntries(rqId: string): Entry[] {
  const rq = catalog.data.researchQuestions.find((q) => q.id === rqId);
  if (!rq) return [];
  const byChallenge = catalog.data.challenges
    .filter((c) => c.researchQuestion === rqId)
    .flatMap((c) => [c.id, c.solution]);
  const ids = [rqId, ...byChallenge, ...rq.answeredBy.flatMap(answeredBy).map((e) => e.id)];
  return [...new Set(ids)].map(entry).filter(defined);
}

export function groupsFor(browse: Browse): Group[] {
  switch (browse) {
    case 'kind':
      return entryKinds.map((k) => ({ id: k, label: kindLabels[k].many, count: entriesOfKind().get(k)?.length ?? 0 }));
    case 'stage':
      // Counts match the list the group opens (the stage itself, its challenges, solutions, links…).
      return [...catalog.data.stages]
        .sort((a, b) => a.order - b.order)
        .map((s) => ({ id: s.id, label: s.name, count: stageEntries(s.id).length }));
    case 'rq':
      return catalog.data.researchQuestions.map((q) => ({
        id: q.id,
        label: q.id,
        count: questionEntries(q.id).length,
      }));
  }
}

export function entriesFor(browse: Browse, group: string): Entry[] {
  switch (browse) {
    case 'kind':
      return entriesOfKind().get(group) ?? [];
    case 'stage':
      return stageEntries(group);
    case 'rq':
      return questionEntries(group);
  }
}

export function defaultGroup(browse: Browse): string {
  return groupsFor(browse)[0]?.id ?? '';
}

/** What the narrow id column shows: the id, or for slug-named entries (stages, the anti-pattern) a short code. */
export function shortId(e: Entry): string {
  if (e.id.length <= 8) return e.id;
  if (e.kind === 'stage') return catalog.stage.get(e.id)?.area ?? '';
  return e.kind === 'anti-pattern' ? 'AP' : '';
}

/** The canonical list a deep-linked entry opens in: its own kind. */
export function homeOf(id: string): { browse: Browse; group: string; id: string } | null {
  const e = entry(id);
  return e ? { browse: 'kind', group: e.kind, id: e.id } : null;
}
