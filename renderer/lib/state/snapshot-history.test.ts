// Snapshot undo/redo: steps, coalescing of quick edits to one field, the limit, and reset.
import { describe, expect, it } from 'vitest';
import { SnapshotHistory } from './snapshot-history.svelte.ts';

describe('SnapshotHistory', () => {
  it('undoes and redoes whole snapshots', () => {
    const h = new SnapshotHistory<string>(10, 1000);
    h.record('a', 'title', 0);
    h.record('b', 'weight', 5000);
    expect(h.undo('c')).toBe('b');
    expect(h.undo('b')).toBe('a');
    expect(h.undo('a')).toBeNull();
    expect(h.redo('a')).toBe('b');
    expect([h.canUndo, h.canRedo]).toEqual([true, true]);
  });

  it('coalesces quick edits of one field into one step and forgets redo on a new edit', () => {
    const h = new SnapshotHistory<string>(10, 1000);
    h.record('a', 'title', 0);
    h.record('ab', 'title', 300);
    h.record('abc', 'title', 600);
    expect(h.undo('abcd')).toBe('a');
    h.record('a', 'title', 5000);
    expect(h.canRedo).toBe(false);
  });

  it('keeps at most `limit` steps and empties on reset', () => {
    const h = new SnapshotHistory<number>(2, 0);
    for (const n of [1, 2, 3]) h.record(n, `k${n}`, n * 10);
    expect(h.undo(4)).toBe(3);
    expect(h.undo(3)).toBe(2);
    expect(h.undo(2)).toBeNull();
    h.reset();
    expect([h.canUndo, h.canRedo]).toEqual([false, false]);
  });
});
