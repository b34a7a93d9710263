// The disagreement heatmap as rendered: a golden SVG (server-rendered, Svelte's markers and scoping hashes removed),
// one tab stop on the widest disagreement, and a label per cell that names each judge's rating.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from '../../../../electron/common/analysis.ts';
import { teamInputOf } from '../../../../electron/common/analysis-team.ts';
import type { Judge } from '../../../../electron/common/judge.ts';
import { scoreTeam } from '../../../../electron/common/scoring/score-team.ts';
import DisagreementChart from './DisagreementChart.svelte';

const analysis: Analysis = {
  ...emptyAnalysis('a1', 'Which store?', 'now'),
  options: [
    { id: 'feast', title: 'Feast', description: '' },
    { id: 'home', title: 'Homegrown', description: '' },
  ],
  criteria: [
    { id: 'stable', title: 'Stability', tradeoff: 'T5', favours: 'right', type: 'benefit', weight: 1 },
    { id: 'cost', title: 'Licence cost', tradeoff: null, favours: null, type: 'cost', weight: 1 },
  ],
  montecarlo: { samples: 10, seed: 1, mode: 'dirichlet', spread: 0.2 },
};
const judge = (id: string, name: string, home: number): Judge => ({
  id,
  name,
  weight: 1,
  ratings: { feast: { stable: 4, cost: 2 }, home: { stable: home, cost: 3 } },
  ahp: null,
  updatedAt: '',
});
const judges = [judge('ann', 'Ann', 1), judge('ben', 'Ben', 5)];

function svg(): string {
  const team = scoreTeam(teamInputOf(analysis, judges));
  if (!team.ok) throw new Error(team.errors.join());
  const { body } = render(DisagreementChart, { props: { analysis, team, judges } });
  return body
    .slice(body.indexOf('<svg'), body.indexOf('</svg>') + 6)
    .replaceAll(/<!--[^>]*-->/g, '')
    .replaceAll(/ ?svelte-[a-z0-9]+/g, '')
    .replaceAll('><', '>\n<');
}

describe('DisagreementChart', () => {
  it('renders the recorded SVG', async () => {
    await expect(`${svg()}\n`).toMatchFileSnapshot('__snapshots__/disagreement-chart.svg');
  });

  it('has one tab stop, on the cell the judges disagree on most, labelled with each judge’s rating', () => {
    const stops = svg().match(/<g role="gridcell"[^>]*tabindex="0"[^>]*>/g) ?? [];
    expect(stops).toHaveLength(1);
    // Ann 1 and Ben 5 around 3: SD 2, the scale's maximum.
    expect(stops[0]).toContain('aria-label="Homegrown on Stability: standard deviation 2.00; Ann 1, Ben 5"');
  });
});
