// Coverage from the real catalogue: shares per stage, debt, the stages a decision touches and those downstream of it.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../../catalog/index.ts';
import { stageMapData } from '../stage-map/data.ts';
import { downstreamStages, stageCoverage, touchedStages, type CitingDecision } from './coverage.ts';
import { stageChallenges } from './data.ts';
import { layoutCoverage, shadeOf } from './layout.ts';

const data = stageMapData(catalog);
const challenges = stageChallenges(catalog);
const drift: CitingDecision = { id: '0001-detect-drift.md', label: 'Detect drift', citations: ['CM12', 'SM13', 'T6'] };
const store: CitingDecision = { id: '0002-store.md', label: 'Store', citations: ['CM10'] };

describe('stageCoverage', () => {
  const coverage = stageCoverage(data.stages, challenges, [drift, store]);
  const of = (id: string) => coverage.find((c) => c.stage === id)!;

  it('counts a challenge addressed when a decision cites it or its solution, and lists the rest as debt', () => {
    expect(of('model-drift')).toMatchObject({
      addressed: [
        { id: 'CM12', decisions: ['0001-detect-drift.md'] },
        { id: 'CM13', decisions: ['0001-detect-drift.md'] },
      ],
      debt: [{ id: 'CM14', title: expect.any(String) }],
      total: 3,
    });
    expect(of('model-drift').share).toBeCloseTo(2 / 3);
    expect(of('data-management').addressed.map((a) => a.id)).toEqual(['CM10']);
    expect(of('hpo')).toMatchObject({ addressed: [], total: 2, share: 0 });
  });

  it('covers every maintainability challenge of the map’s stages once', () => {
    const all = coverage.flatMap((c) => [...c.addressed.map((a) => a.id), ...c.debt.map((d) => d.id)]);
    expect(new Set(all).size).toBe(all.length);
    expect(coverage.reduce((n, c) => n + c.total, 0)).toBe(all.length);
  });
});

describe('touched and downstream stages', () => {
  it('follows the arrows from the stages a decision cites, both ways along a two-way arrow', () => {
    const touched = touchedStages(drift, challenges, new Set(data.stages.map((s) => s.id)));
    expect(touched).toEqual(['model-drift']);
    const down = downstreamStages(touched, data.links);
    expect(down).not.toContain('model-drift');
    expect(down).toContain('model-testing');
    // Nothing upstream-only is reached: a stage with no path from model drift stays out.
    const reachable = (from: string) => downstreamStages([from], data.links);
    for (const s of down) expect(s === 'model-testing' || reachable('model-drift').includes(s)).toBe(true);
  });

  it('stops at a cycle without looping', () => {
    const links = [
      { id: 'a', from: 'x', to: 'y', bidirectional: false, title: '' },
      { id: 'b', from: 'y', to: 'z', bidirectional: true, title: '' },
    ];
    expect(downstreamStages(['x'], links)).toEqual(['y', 'z']);
    expect(downstreamStages(['z'], links)).toEqual(['y']);
  });
});

describe('layoutCoverage', () => {
  const coverage = stageCoverage(data.stages, challenges, [drift, store]);
  const layout = layoutCoverage(data, coverage, { width: 745, height: 700 }, { decision: drift, challenges });

  it('keeps the stage map’s geometry and shades by share in five steps', () => {
    expect([0, 0.2, 1 / 3, 0.5, 2 / 3, 1].map(shadeOf)).toEqual([0, 1, 2, 2, 3, 4]);
    const driftNode = layout.nodes.find((n) => n.id === 'model-drift')!;
    expect(driftNode).toMatchObject({ shade: 3, role: 'touched', countLabel: '2 of 3 addressed' });
    expect(driftNode.title).toBe('Model Drift: 2 of 3 addressed; the decision cites it');
    expect(layout.nodes.find((n) => n.id === 'model-testing')!.role).toBe('downstream');
    expect(layout.nodes.map((n) => [n.id, n.x, n.y, n.shade])).toMatchSnapshot();
  });
});
