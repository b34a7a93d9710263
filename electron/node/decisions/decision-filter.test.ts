// Decision list filters by status, tag, cited key and text.
import { describe, expect, it } from 'vitest';
import { emptyDecision, type Decision } from '../../common/decision.ts';
import { matchesFilter } from './decision-filter.ts';

const d: Decision = {
  ...emptyDecision('x', 12, 'Adopt a feature store', '2024-01-01', '2024-01-01T00:00:00.000Z'),
  status: 'accepted',
  tags: ['Data', 'platform'],
  decisionMakers: ['Grace Hopper'],
  options: [
    { id: 'o1', title: 'Feast', description: 'open source', pros: ['avoids skew [@SS06]'], neutral: [], cons: [] },
  ],
};

describe('matchesFilter', () => {
  it.each([
    [{}, true],
    [{ status: 'accepted' as const }, true],
    [{ status: 'proposed' as const }, false],
    [{ status: ['proposed', 'accepted'] as const }, true],
    [{ tag: 'data' }, true],
    [{ tag: 'dat' }, false],
    [{ cites: 'ss06' }, true],
    [{ cites: 'SS6' }, false],
    [{ text: 'feast SKEW' }, true],
    [{ text: 'grace' }, true],
    [{ text: '12' }, true],
    [{ text: 'feast spark' }, false],
    [{ tag: 'platform', cites: 'CM01' }, false],
  ])('%j → %s', (filter, expected) => {
    expect(matchesFilter(d, filter)).toBe(expected);
  });
});
