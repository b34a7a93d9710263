// Filtering the decision list.
import { describe, expect, it } from 'vitest';
import { emptyDecision, type Decision } from '../../../electron/common/decision.ts';
import { filterDecisions, isFiltered, noFilter, tagsInUse } from './decision-list-filter.ts';

const decision = (number: number, fields: Partial<Decision>): Decision => ({
  ...emptyDecision(`d${number}`, number, `Decision ${number}`, '2024-01-01', '2024-01-01T00:00:00Z'),
  ...fields,
});

const list = [
  decision(9, { title: 'Adopt Feast', status: 'accepted', tags: ['Data'], context: 'skew [@SS06]' }),
  decision(3, { title: 'Use Spark', tags: ['data', 'Compute'], drivers: ['scale [@T6]'] }),
  decision(4, { title: 'Retire cron jobs', status: 'rejected', decisionMakers: ['Grace'] }),
];
const numbers = (ds: Decision[]) => ds.map((d) => d.number);

describe('filterDecisions', () => {
  it('sorts by number with no filter', () => {
    expect(numbers(filterDecisions(list, noFilter))).toEqual([3, 4, 9]);
    expect(isFiltered(noFilter)).toBe(false);
  });

  it.each([
    [{ status: 'accepted' as const }, [9]],
    [{ tag: 'DATA' }, [3, 9]],
    [{ cites: 'ss06' }, [9]],
    [{ text: 'grace' }, [4]],
    [{ text: 'adr-0003' }, [3]],
    [{ text: 'spark scale' }, [3]],
    [{ tag: 'compute', status: 'accepted' as const }, []],
  ])('%j → %j', (f, expected) => {
    const filter = { ...noFilter, ...f };
    expect(isFiltered(filter)).toBe(true);
    expect(numbers(filterDecisions(list, filter))).toEqual(expected);
  });
});

describe('tagsInUse', () => {
  it('lists each tag once whatever its case', () => {
    expect(tagsInUse(list)).toEqual(['Compute', 'Data']);
  });
});
