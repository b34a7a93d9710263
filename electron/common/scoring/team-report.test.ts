// The team's `score` output and input parsing: group, judges, consensus and disagreement keyed by id; clear refusals.
import { describe, expect, it } from 'vitest';
import { isTeamInput, parseTeamInput } from './parse-team-input.ts';
import { teamReport } from './team-report.ts';

const file = {
  options: [{ id: 'batch' }, { id: 'online' }],
  criteria: [
    { id: 'acc', type: 'benefit', weight: 3 },
    { id: 'cost', type: 'cost', weight: 1 },
  ],
  judges: [
    {
      id: 'ann',
      ratings: { batch: { acc: 3, cost: 2 }, online: { acc: 5, cost: 4 } },
      ahp: {
        criteria: ['acc', 'cost'],
        matrix: [
          [1, 3],
          [1 / 3, 1],
        ],
      },
    },
    { id: 'ben', weight: 1, ratings: { batch: { acc: 4, cost: 2 }, online: { acc: 4, cost: 5 } } },
  ],
};

describe('teamReport', () => {
  it('prints the group beside the usual fields', () => {
    const parsed = parseTeamInput(file);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const out = teamReport(parsed.input);
    if (!out.ok) throw new Error(out.errors.join('\n'));
    const r = out.report;
    expect(r.group.ratings).toEqual({ batch: { acc: 3.5, cost: 2 }, online: { acc: 4.5, cost: 4.5 } });
    // Only Ann compared the criteria, so the group's matrix is hers: acc ¾, cost ¼.
    expect(r.group.ahp?.weights['acc']).toBeCloseTo(0.75, 12);
    expect(r.group.ahp?.cr).toBe(0);
    // Group: batch = ¾·0.625 + ¼·0.75 = 0.65625; online = ¾·0.875 + ¼·0.125 = 0.6875.
    expect(r.scores['batch']).toBeCloseTo(0.65625, 12);
    expect(r.scores['online']).toBeCloseTo(0.6875, 12);
    expect(r.leaders).toEqual(['online']);
    // Ben (the group's weights): batch ¾·0.75 + ¼·0.75 = 0.75 beats online ¾·0.75 + 0 = 0.5625; Ann prefers online.
    expect(r.judges['ben']!.ranks).toEqual({ batch: 1, online: 2 });
    expect(r.judges['ann']!.ranks).toEqual({ batch: 2, online: 1 });
    expect(r.consensus).toEqual({ kendallW: 0 });
    expect(r.disagreement).toEqual({ batch: { acc: 0.5, cost: 0 }, online: { acc: 0.5, cost: 0.5 } });
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['winRates', 'breakEven', 'contributions', 'ranks']));
  });
});

describe('parseTeamInput', () => {
  it('recognises a team by its judges', () => {
    expect(isTeamInput(file)).toBe(true);
    expect(isTeamInput({ ratings: {} })).toBe(false);
  });

  it('refuses ratings beside judges and names judges of the wrong shape', () => {
    expect(parseTeamInput({ ...file, ratings: {} })).toEqual({
      ok: false,
      errors: ['ratings: give either "ratings" or "judges", not both'],
    });
    const bad = parseTeamInput({ ...file, judges: [{ id: 'ann', ratings: { batch: { acc: 'high' } } }] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatch(/^judges\[0\] \("ann"\)\.ratings\.batch\.acc: /);
  });
});
