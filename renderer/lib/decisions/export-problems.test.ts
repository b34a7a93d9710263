// The export confirmation's list: empty options, an empty outcome and unknown citations, each named with its record.
import { describe, expect, it } from 'vitest';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { recordProblems, summaryProblems } from './export-problems.ts';

const known = (key: string) => ['CM12', 'T6'].includes(key);
const option = { id: 'o1', title: 'Postgres', description: '', pros: [], neutral: [], cons: [] };

describe('recordProblems', () => {
  it('flags a record with no options and no outcome', () => {
    const messages = recordProblems(emptyDecision('0002-db.md', 2, 'Pick a database'), known).map((p) => p.message);
    expect(messages).toEqual([
      'ADR-0002 Pick a database has no considered options.',
      'ADR-0002 Pick a database has no decision outcome: no chosen option and no reasons.',
    ]);
  });

  it('flags unknown citations once each, and nothing in a complete record', () => {
    const base = emptyDecision('0003-db.md', 3, 'Use Postgres');
    const complete = { ...base, options: [option], chosenOption: 'o1', markdown: '# Use Postgres\n\nSee [@CM12].\n' };
    expect(recordProblems(complete, known)).toEqual([]);
    const citing = { ...complete, markdown: '# Use Postgres\n\n[@CM99] and [@CM99] and [@XX1] and [@T6]\n' };
    expect(recordProblems(citing, known)).toEqual([
      {
        id: '0003-db.md',
        message: 'ADR-0003 Use Postgres cites [@CM99], [@XX1]: catalogue keys that do not exist.',
      },
    ]);
  });

  it('counts written reasons as an outcome even without a chosen option', () => {
    const reasoned = { ...emptyDecision('a.md', 4, 'A'), options: [option], justification: 'Cheaper to run.' };
    expect(recordProblems(reasoned, known)).toEqual([]);
  });
});

describe('summaryProblems', () => {
  it('checks the citations the list rows carry', () => {
    const row = summaryOf({ ...emptyDecision('0005-x.md', 5, 'X'), markdown: '# X\n\n[@CM12] [@LR999]\n' });
    expect(summaryProblems([row], known)).toEqual([
      { id: '0005-x.md', message: 'ADR-0005 X cites [@LR999]: a catalogue key that does not exist.' },
    ]);
  });
});
