// SVG goldens of both maps as Svelte renders them: the marks, markers, titles and accessible names in one reviewable file each.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { catalog } from '../../../catalog/index.ts';
import { stageMapData } from '../../lib/viz/stage-map/data.ts';
import { layoutStageMap } from '../../lib/viz/stage-map/layout.ts';
import { triangleData } from '../../lib/viz/triangle/data.ts';
import { layoutTriangle } from '../../lib/viz/triangle/layout.ts';
import { stageCoverage } from '../../lib/viz/coverage/coverage.ts';
import { stageChallenges } from '../../lib/viz/coverage/data.ts';
import { layoutCoverage } from '../../lib/viz/coverage/layout.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { layoutTimeline, timelineRecords } from '../../lib/viz/timeline/layout.ts';
import CoverageMap from './CoverageMap.svelte';
import DecisionTimeline from './DecisionTimeline.svelte';
import ScalabilityTriangle from './ScalabilityTriangle.svelte';
import StageMap from './StageMap.svelte';
import { graphData } from '../../lib/viz/graph/data.ts';
import { layoutGraph } from '../../lib/viz/graph/layout.ts';
import { graphLog } from '../../../tests/fixtures/graph-log.ts';
import { layoutPapersByYear } from '../../lib/viz/papers-by-year/layout.ts';
import DecisionGraph from './DecisionGraph.svelte';
import PapersByYear from './PapersByYear.svelte';

/** Server markup without Svelte's hydration comments and scoping classes, one element per line. */
const tidy = (html: string) =>
  html
    .replace(/<!--[^>]*-->/g, '')
    .replace(/ class="svelte-[a-z0-9]+"/g, '')
    .replace(/ svelte-[a-z0-9]+/g, '')
    .replace(/></g, '>\n<');

describe('map goldens', () => {
  it('renders the stage map with IM07 selected', async () => {
    const layout = layoutStageMap(stageMapData(catalog), { width: 745, height: 700 });
    const { body } = render(StageMap, { props: { layout, selected: 'IM07', onselect: () => {} } });
    expect(body).toContain('aria-labelledby="stage-map-title"');
    expect(body.match(/tabindex="0"/g)).toHaveLength(11 + 13 + 1);
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/stage-map.svg');
  });

  it('renders the scalability triangle with nothing selected', async () => {
    const layout = layoutTriangle(triangleData(catalog), { width: 745, height: 700 });
    const { body } = render(ScalabilityTriangle, { props: { layout, selected: null, onselect: () => {} } });
    expect(body.match(/role="button"/g)).toHaveLength(6);
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/triangle.svg');
  });

  it('renders the coverage map with a decision on model drift traced', async () => {
    const data = stageMapData(catalog);
    const challenges = stageChallenges(catalog);
    const decision = { id: '0001-drift.md', label: 'Drift', citations: ['CM12', 'SM13', 'CM10'] };
    const coverage = stageCoverage(data.stages, challenges, [decision]);
    const layout = layoutCoverage(data, coverage, { width: 745, height: 700 }, { decision, challenges });
    const { body } = render(CoverageMap, { props: { layout, selected: 'model-drift', onselect: () => {} } });
    expect(body.match(/class="cover shade-\d[^"]*"/g)).toHaveLength(11);
    expect(body).toContain('aria-label="Model Drift: 2 of 3 addressed; the decision cites it"');
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/coverage-map.svg');
  });

  it('renders the decision timeline with a supersede chain, each record a keyboard stop', async () => {
    const record = (n: number, date: string, lifecycle: 'accepted' | 'superseded', supersedes: number[] = []) => ({
      ...emptyDecision(`000${n}-d.md`, n, `Decision ${n}`),
      date,
      lifecycle,
      supersedes,
    });
    const log = [record(1, '2024-02-10', 'superseded'), record(2, '2024-09-15', 'accepted', [1])];
    const layout = layoutTimeline(timelineRecords(log), { width: 800 });
    const { body } = render(DecisionTimeline, { props: { layout, selected: '0002-d.md', onselect: () => {} } });
    expect(body.match(/tabindex="0"/g)).toHaveLength(2);
    expect(body).toContain('aria-label="2. Decision 2 · accepted, 2024-09-15"');
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/timeline.svg');
  });

  it('renders the decision graph with one record selected, a single Tab stop, arrows on supersede and amend', async () => {
    const layout = layoutGraph(graphData(catalog, graphLog, { lifecycle: null, tag: null }), {
      width: 800,
      height: 600,
    });
    const { body } = render(DecisionGraph, { props: { layout, selected: '0003-d.md', onselect: () => {} } });
    expect(body.match(/tabindex="0"/g)).toHaveLength(1);
    expect(body.match(/tabindex="-1"/g)).toHaveLength(layout.nodes.length - 1);
    expect(body.match(/marker-end="url\(#graph-arrow\)"/g)).toHaveLength(2);
    expect(body).toContain('aria-label="ADR-0003 Decision 3 (accepted)"');
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/decision-graph.svg');
  });

  it('renders papers by year with 2019 selected and the undated bar apart', async () => {
    const layout = layoutPapersByYear(catalog.data.references, { width: 760, height: 500 });
    const { body } = render(PapersByYear, { props: { layout, selected: '2019', onselect: () => {} } });
    expect(body.match(/role="button"/g)).toHaveLength(8);
    expect(body).toContain('aria-label="No year: 1 paper"');
    await expect(tidy(body)).toMatchFileSnapshot('./__golden__/papers-by-year.svg');
  });
});
