// The filter menus' choices, counted as rows come and go.
import { describe, expect, it } from 'vitest';
import { summaryOf, type DecisionSummary } from '../../../electron/common/decision-summary.ts';
import { emptyDecision, type Decision } from '../../../electron/common/decision.ts';
import { FilterChoices } from './filter-choices.ts';

const decision = (number: number | null, fields: Partial<Decision>): DecisionSummary =>
  summaryOf({ ...emptyDecision(`d${number ?? 'x'}.md`, number, `Decision ${number}`), ...fields });

const feast = decision(9, { lifecycle: 'accepted', tags: ['Data'], markdown: 'skew [@SS06] and [@CM12]' });
const spark = decision(3, { tags: ['data', 'Compute'], markdown: 'scale [@T6], again [@CM12]' });
const cron = decision(4, { status: 'on hold', lifecycle: 'other' });
const loose = decision(null, { status: null, lifecycle: null });

const counted = (...rows: DecisionSummary[]) => {
  const choices = new FilterChoices();
  for (const r of rows) choices.add(r);
  return choices;
};

describe('FilterChoices', () => {
  it('counts lifecycles in filter order ("none" last), tags once whatever their case, and cited keys', () => {
    expect(counted(feast, spark, cron, loose).view()).toEqual({
      lifecycles: [
        ['proposed', 1],
        ['accepted', 1],
        ['other', 1],
        ['none', 1],
      ],
      tags: ['Compute', 'Data'],
      cited: [
        ['CM12', 2],
        ['SS06', 1],
        ['T6', 1],
      ],
    });
  });

  it('a replaced row moves its counts; a removed one takes them away, and a choice no record holds is gone', () => {
    const choices = counted(feast, spark);
    const accepted = { ...spark, lifecycle: 'accepted' as const, tags: ['Compute'], citations: [] };
    choices.remove(spark);
    choices.add(accepted);
    expect(choices.view()).toEqual({
      lifecycles: [['accepted', 2]],
      tags: ['Compute', 'Data'],
      cited: [
        ['CM12', 1],
        ['SS06', 1],
      ],
    });
    choices.remove(feast);
    choices.remove(accepted);
    expect(choices.view()).toEqual({ lifecycles: [], tags: [], cited: [] });
  });

  it('orders cited keys by their numbers, CM2 before CM10', () => {
    const rows = [decision(1, { markdown: '[@CM10]' }), decision(2, { markdown: '[@CM2]' })];
    expect(
      counted(...rows)
        .view()
        .cited.map(([key]) => key),
    ).toEqual(['CM2', 'CM10']);
  });
});
