// The undo history: field patches back and forth, coalesced typing, the limit, labels, and what a change touched.
import { describe, expect, it } from 'vitest';
import { changedFields, History } from './history.svelte.ts';

type Doc = { title: string; body: string; tags: string[] };

function setup(coalesceMs = 1000, limit = 50) {
  let clock = 0;
  const history = new History<Partial<Doc>>({ limit, coalesceMs, now: () => clock });
  return { history, tick: (ms: number) => (clock += ms) };
}

describe('History', () => {
  it('undoes and redoes a change as the fields it touched', () => {
    const { history } = setup();
    history.record({ id: 'd1', label: 'Removed tag “x”', before: { tags: ['x', 'y'] }, after: { tags: ['y'] } });
    expect(history.undoLabel).toBe('Removed tag “x”');
    expect([history.canUndo, history.canRedo]).toEqual([true, false]);
    expect(history.undo()).toEqual({ id: 'd1', label: 'Removed tag “x”', patch: { tags: ['x', 'y'] } });
    expect(history.undo()).toBeNull();
    expect([history.canUndo, history.canRedo]).toEqual([false, true]);
    expect(history.redoLabel).toBe('Removed tag “x”');
    expect(history.redo()).toEqual({ id: 'd1', label: 'Removed tag “x”', patch: { tags: ['y'] } });
    expect(history.redo()).toBeNull();
  });

  it('coalesces quick changes with one key into one step, earliest before and latest after', () => {
    const { history, tick } = setup();
    history.record({ id: 'a', label: '', before: { title: '' }, after: { title: 'W' } }, 'title');
    tick(300);
    history.record({ id: 'a', label: '', before: { title: 'W' }, after: { title: 'Wh' } }, 'title');
    tick(300);
    history.record(
      { id: 'a', label: '', before: { title: 'Wh', body: '' }, after: { title: 'Why', body: '?' } },
      'title',
    );
    tick(5000);
    history.record({ id: 'a', label: '', before: { title: 'Why' }, after: { title: 'Why not' } }, 'title');
    expect(history.undo()?.patch).toEqual({ title: 'Why' });
    expect(history.undo()?.patch).toEqual({ title: '', body: '' });
    expect(history.redo()?.patch).toEqual({ title: 'Why', body: '?' });
    expect(history.canUndo).toBe(true);
  });

  it('does not coalesce across keys, records, unkeyed changes or an undo', () => {
    const { history } = setup();
    history.record({ id: 'a', label: '', before: { title: '1' }, after: { title: '2' } }, 'title');
    history.record({ id: 'b', label: '', before: { title: '1' }, after: { title: '2' } }, 'title');
    history.record({ id: 'b', label: '', before: { body: '1' }, after: { body: '2' } }, 'body');
    history.record({ id: 'b', label: 'Moved', before: { tags: [] }, after: { tags: ['t'] } });
    history.record({ id: 'b', label: 'Moved', before: { tags: ['t'] }, after: { tags: ['t', 'u'] } });
    let steps = 0;
    while (history.undo()) steps++;
    expect(steps).toBe(5);
  });

  it('forgets what could be redone when a new change is recorded', () => {
    const { history } = setup();
    history.record({ id: 'a', label: 'one', before: { title: '0' }, after: { title: '1' } });
    history.undo();
    history.record({ id: 'a', label: 'two', before: { title: '0' }, after: { title: '2' } });
    expect(history.canRedo).toBe(false);
    expect(history.undoLabel).toBe('two');
  });

  it('keeps the last `limit` steps and empties on reset', () => {
    const { history } = setup(0, 2);
    for (const n of ['1', '2', '3']) history.record({ id: 'a', label: n, before: { title: n }, after: {} });
    expect(history.undo()?.label).toBe('3');
    expect(history.undo()?.label).toBe('2');
    expect(history.undo()).toBeNull();
    history.reset();
    expect([history.canUndo, history.canRedo, history.undoLabel]).toEqual([false, false, null]);
  });
});

describe('changedFields', () => {
  it('picks the named fields that changed, before and after', () => {
    const before: Doc = { title: 'a', body: 'b', tags: [] };
    const after: Doc = { ...before, title: 'A', tags: ['t'] };
    expect(changedFields(before, after, ['title', 'body', 'tags'])).toEqual({
      before: { title: 'a', tags: [] },
      after: { title: 'A', tags: ['t'] },
    });
    expect(changedFields(before, after, ['body'])).toBeNull();
  });
});
