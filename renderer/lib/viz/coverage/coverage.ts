// Which challenges of each stage the team's decisions address, the rest ("decision debt"), and what a decision touches.
import type { MapLink, MapStage } from '../stage-map/data.ts';

/** A decision as coverage needs it: its id and the catalogue keys it cites. */
export interface CitingDecision {
  id: string;
  label: string;
  citations: readonly string[];
}

/** A challenge with its stage and its solution's id: citing either addresses the challenge. */
export interface StageChallenge {
  id: string;
  title: string;
  stage: string;
  solution: string | null;
}

export interface StageCoverage {
  stage: string;
  /** Challenges of the stage some decision addresses, with the decisions that do. */
  addressed: { id: string; decisions: string[] }[];
  /** The challenges no decision addresses: the stage's decision debt. */
  debt: { id: string; title: string }[];
  total: number;
  /** addressed / total; 0 for a stage without challenges. */
  share: number;
}

export function stageCoverage(
  stages: readonly MapStage[],
  challenges: readonly StageChallenge[],
  decisions: readonly CitingDecision[],
): StageCoverage[] {
  return stages.map((s) => {
    const own = challenges.filter((c) => c.stage === s.id);
    const addressed: StageCoverage['addressed'] = [];
    const debt: StageCoverage['debt'] = [];
    for (const c of own) {
      const by = decisions.filter(
        (d) => d.citations.includes(c.id) || (c.solution && d.citations.includes(c.solution)),
      );
      if (by.length > 0) addressed.push({ id: c.id, decisions: by.map((d) => d.id) });
      else debt.push({ id: c.id, title: c.title });
    }
    return { stage: s.id, addressed, debt, total: own.length, share: own.length ? addressed.length / own.length : 0 };
  });
}

/** Stages a decision touches: those of the challenges (or their solutions) it cites, and stages it cites by id. */
export function touchedStages(
  decision: CitingDecision,
  challenges: readonly StageChallenge[],
  stageIds: ReadonlySet<string>,
): string[] {
  const touched = new Set<string>();
  for (const c of challenges)
    if (decision.citations.includes(c.id) || (c.solution && decision.citations.includes(c.solution)))
      touched.add(c.stage);
  for (const key of decision.citations) if (stageIds.has(key)) touched.add(key);
  return [...touched].filter((s) => stageIds.has(s));
}

/**
 * Stages downstream of `from` along the interdependency arrows (a two-way arrow leads both ways), not counting
 * `from` itself unless a cycle returns to it: where a choice in those stages makes itself felt.
 */
export function downstreamStages(from: readonly string[], links: readonly MapLink[]): string[] {
  const next = new Map<string, string[]>();
  const add = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const l of links) {
    add(l.from, l.to);
    if (l.bidirectional) add(l.to, l.from);
  }
  const start = new Set(from);
  const seen = new Set<string>();
  const queue = [...from];
  while (queue.length > 0) {
    for (const n of next.get(queue.shift()!) ?? []) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
  }
  return [...seen].filter((s) => !start.has(s));
}
