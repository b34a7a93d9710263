// The export confirmation's list: each problem the host found, named with its record as the list names it.
import { describe, expect, it } from 'vitest';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { flaggedRecords } from './export-problems.ts';

describe('flaggedRecords', () => {
  it('names each problem with its record number and title, and its line', () => {
    const rows = [summaryOf(emptyDecision('0002-db.md', 2, 'Pick a database'))];
    const problems = [
      { id: '0002-db.md', line: 1, rule: 'missing-section', message: 'no "## Decision Outcome" section' },
    ];
    expect(flaggedRecords(problems, rows)).toEqual([
      { id: '0002-db.md', message: 'ADR-0002 Pick a database: no "## Decision Outcome" section (line 1).' },
    ]);
  });

  it('falls back to the file name for a record the list does not show yet', () => {
    const problems = [{ id: '0009-new.md', line: 4, rule: 'unknown-key', message: 'unknown catalogue key [@XX1]' }];
    expect(flaggedRecords(problems, [])).toEqual([
      { id: '0009-new.md', message: '0009-new.md: unknown catalogue key [@XX1] (line 4).' },
    ]);
  });
});
