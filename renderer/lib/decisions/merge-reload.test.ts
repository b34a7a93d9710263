// Reloading the list after changes on disk.
import { describe, expect, it } from 'vitest';
import { emptyDecision, type DecisionPatch } from '../../../electron/common/decision.ts';
import { mergeReload } from './merge-reload.ts';

const d = (n: number, title: string) => emptyDecision(`000${n}.md`, n, title);

describe('mergeReload', () => {
  it('takes the files as read, keeps unsaved edits on top, and a deleted record only while it has edits', () => {
    const pending: Record<string, DecisionPatch> = { '0001.md': { context: 'mine' }, '0003.md': { context: 'kept' } };
    // The list on screen shows the edits already.
    const { list, gone } = mergeReload(
      [{ ...d(1, 'A'), context: 'mine' }, d(2, 'B'), { ...d(3, 'C'), context: 'kept' }],
      [d(4, 'New'), d(1, 'A, renamed on disk')],
      (id) => pending[id],
    );
    expect(list.map((x) => [x.title, x.context])).toEqual([
      ['A, renamed on disk', 'mine'],
      ['C', 'kept'],
      ['New', ''],
    ]);
    expect(gone.map((x) => x.title)).toEqual(['B']);
  });
});
