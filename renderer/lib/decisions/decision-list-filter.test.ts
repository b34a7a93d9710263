// Filtering the decision list.
import { describe, expect, it } from 'vitest';
import { summaryOf, type DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { emptyDecision, type Decision } from '../../../electron/common/decision.ts';
import { filterDecisions, isFiltered, noFilter } from './decision-list-filter.ts';

const decision = (number: number | null, fields: Partial<Decision>): DecisionSummary =>
  summaryOf({ ...emptyDecision(`d${number ?? 'x'}.md`, number, `Decision ${number}`), ...fields });

const list = [
  decision(9, {
    title: 'Adopt Feast',
    status: 'Approved',
    lifecycle: 'accepted',
    tags: ['Data'],
    markdown: 'skew [@SS06]',
  }),
  decision(3, { title: 'Use Spark', tags: ['data', 'Compute'], drivers: ['scale [@T6]'] }),
  decision(4, { title: 'Retire cron jobs', status: 'on hold', lifecycle: 'other', decisionMakers: ['Grace'] }),
  decision(null, { title: 'Loose note', status: null, lifecycle: null }),
];
const numbers = (ds: readonly DecisionSummary[]) => ds.map((d) => d.number);

describe('filterDecisions', () => {
  it('sorts by number with no filter, unnumbered records last', () => {
    expect(numbers(filterDecisions(list, noFilter))).toEqual([3, 4, 9, null]);
    expect(isFiltered(noFilter)).toBe(false);
  });

  it.each([
    [{ lifecycle: 'accepted' as const }, [9]],
    [{ lifecycle: 'other' as const }, [4]],
    [{ lifecycle: 'none' as const }, [null]],
    [{ tag: 'DATA' }, [3, 9]],
    [{ cites: 'ss06' }, [9]],
    [{ text: 'approved' }, [9]],
    [{ text: 'adr-0003' }, [3]],
    [{ text: 'dx.md' }, [null]],
    [{ text: 'spark adr-0003' }, [3]],
    [{ text: 'cron hold' }, [4]],
    [{ tag: 'compute', lifecycle: 'accepted' as const }, []],
  ])('%j → %j', (f, expected) => {
    const filter = { ...noFilter, ...f };
    expect(isFiltered(filter)).toBe(true);
    expect(numbers(filterDecisions(list, filter))).toEqual(expected);
  });
});
