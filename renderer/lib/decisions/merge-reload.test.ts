// Reloading the list after changes on disk.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { emptyDecision, type DecisionPatch } from '../../../electron/common/decision.ts';
import { mergeReload } from './merge-reload.ts';

const d = (n: number, title: string, version = 'v1') => ({
  ...summaryOf(emptyDecision(`000${n}.md`, n, title)),
  version,
});

describe('mergeReload', () => {
  it('takes the files as read, keeps unsaved edits on top, and a deleted record only while it has edits', () => {
    const pending: Record<string, DecisionPatch> = { '0001.md': { status: 'mine' }, '0003.md': { title: 'C kept' } };
    // The list on screen shows the edits already.
    const { list, gone } = mergeReload(
      [{ ...d(1, 'A'), status: 'mine' }, d(2, 'B'), d(3, 'C kept')],
      [d(4, 'New'), d(1, 'A, renamed on disk', 'v2')],
      (id) => pending[id],
    );
    expect(list.map((x) => [x.title, x.status])).toEqual([
      ['A, renamed on disk', 'mine'],
      ['C kept', 'proposed'],
      ['New', 'proposed'],
    ]);
    expect(gone.map((x) => x.title)).toEqual(['B']);
  });

  it('keeps the row of an unchanged file as the same object, so nothing indexes it again', () => {
    const unchanged = d(1, 'A');
    const { list } = mergeReload([unchanged, d(2, 'B')], [d(1, 'A'), d(2, 'B, edited', 'v2')], () => undefined);
    expect(list[0]).toBe(unchanged);
    expect(list[1]!.title).toBe('B, edited');
  });
});
