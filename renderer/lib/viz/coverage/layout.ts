// The coverage map: the stage map's geometry, each stage shaded by the share of its challenges decisions address,
// and the stages one decision touches and affects downstream.
import type { StageMapData } from '../stage-map/data.ts';
import { layoutStageMap, type StageMapLayout, type NodeMark } from '../stage-map/layout.ts';
import {
  downstreamStages,
  touchedStages,
  type CitingDecision,
  type StageChallenge,
  type StageCoverage,
} from './coverage.ts';

/** Shade steps, so colour is a legend's few levels and the label carries the number. */
export const SHADES = 5;

export interface CoverageNode extends NodeMark {
  /** 0 (nothing addressed) … SHADES − 1 (all addressed). */
  shade: number;
  /** Outline: the selected decision cites this stage's challenges ("touched") or affects it downstream. */
  role: 'touched' | 'downstream' | null;
}

export interface CoverageLayout extends Omit<StageMapLayout, 'nodes'> {
  nodes: CoverageNode[];
}

export const shadeOf = (share: number) => Math.min(SHADES - 1, Math.ceil(share * (SHADES - 1)));

export function layoutCoverage(
  data: StageMapData,
  coverage: readonly StageCoverage[],
  size: { width: number; height: number },
  selected: { decision: CitingDecision; challenges: readonly StageChallenge[] } | null,
): CoverageLayout {
  const base = layoutStageMap(data, size);
  const stageIds = new Set(data.stages.map((s) => s.id));
  const touched = selected ? touchedStages(selected.decision, selected.challenges, stageIds) : [];
  const downstream = new Set(downstreamStages(touched, data.links));
  const byStage = new Map(coverage.map((c) => [c.stage, c]));
  const nodes = base.nodes.map((n): CoverageNode => {
    const c = byStage.get(n.id);
    const addressed = c?.addressed.length ?? 0;
    const total = c?.total ?? n.count;
    const countLabel = `${addressed} of ${total} addressed`;
    const name = n.title.slice(0, n.title.lastIndexOf(':'));
    const role = touched.includes(n.id) ? 'touched' : downstream.has(n.id) ? 'downstream' : null;
    const roleText =
      role === 'touched' ? '; the decision cites it' : role === 'downstream' ? '; affected downstream' : '';
    return { ...n, countLabel, title: `${name}: ${countLabel}${roleText}`, shade: shadeOf(c?.share ?? 0), role };
  });
  return { ...base, nodes };
}
