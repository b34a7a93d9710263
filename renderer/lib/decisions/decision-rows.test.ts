// The list kept record by record: after the first read, a reload brings only the rows that changed or went.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { Toast } from '../editing/toast.svelte.ts';
import { DecisionsState } from './decisions-state.svelte.ts';
import { fakeFolderApi } from './fake-folder-api.ts';

function setup(records: number) {
  const api = fakeFolderApi();
  for (let n = 1; n <= records; n++) api.writeOnDisk(emptyDecision(`${String(n).padStart(4, '0')}-r.md`, n, `R${n}`));
  return { api, state: new DecisionsState({ api, open: vi.fn(), toast: new Toast(), saveDelay: 400 }) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DecisionRows.load', () => {
  it('shows the first screen of a large list and the whole count at once, then the whole list', async () => {
    const { api, state } = setup(150);
    const read = api.decisionChanges.bind(api);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    // The second read (the whole list) waits until the test has looked at the first screen.
    api.decisionChanges = async (since, options) => {
      if (!options) await held;
      return read(since, options);
    };
    const loading = state.load();
    await vi.waitFor(() => expect(state.list).toHaveLength(100));
    expect(state.list[0]?.number).toBe(1);
    expect(state.total).toBe(150);
    expect(state.loaded).toBe(true);
    release();
    await loading;
    expect(state.list).toHaveLength(150);
    expect(state.partialTotal).toBeNull();
    expect(state.total).toBe(150);
    // A small folder comes whole in the first answer: one read.
    const small = setup(30);
    await small.state.load();
    expect(small.state.list).toHaveLength(30);
    expect(small.api.rowsSent).toBe(30);
  });

  it('takes the first answer the entry script asked for, and reads the rest once the first screen is painted', async () => {
    const api = fakeFolderApi();
    for (let n = 1; n <= 150; n++) api.writeOnDisk(emptyDecision(`${String(n).padStart(4, '0')}-r.md`, n, `R${n}`));
    const firstScreen = api.decisionChanges(null, { first: 100 });
    const asked: unknown[] = [];
    const read = api.decisionChanges.bind(api);
    api.decisionChanges = (since, options) => {
      asked.push(options ?? 'the rest');
      return read(since, options);
    };
    let paint: () => void = () => undefined;
    const painted = () => new Promise<void>((resolve) => (paint = resolve));
    const state = new DecisionsState({ api, open: vi.fn(), toast: new Toast(), firstScreen, painted });
    const loading = state.load();
    await vi.waitFor(() => expect(state.list).toHaveLength(100));
    expect(state.total).toBe(150);
    // Nothing more is asked for until the first screen is painted, and the first screen was not asked for again.
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toEqual([]);
    paint();
    await loading;
    expect(asked).toEqual(['the rest']);
    expect(state.list).toHaveLength(150);
    expect(state.partialTotal).toBeNull();
  });

  it('reads every row once, then only the rows changed, added or removed since', async () => {
    const { api, state } = setup(50);
    await state.load();
    expect(state.list).toHaveLength(50);
    expect(api.rowsSent).toBe(50);
    const untouched = state.byId('0010-r.md');

    api.writeOnDisk({ ...api.disk('0007-r.md')!, title: 'R7, renamed by git' });
    api.writeOnDisk(emptyDecision('0051-r.md', 51, 'R51'));
    api.deleteOnDisk('0003-r.md');
    await state.load();

    expect(api.rowsSent).toBe(52);
    expect(state.list).toHaveLength(50);
    expect(state.list.map((d) => d.number)).toEqual(
      [...Array.from({ length: 51 }, (_, i) => i + 1)].filter((n) => n !== 3),
    );
    expect(state.byId('0007-r.md')?.title).toBe('R7, renamed by git');
    expect(state.byId('0010-r.md')).toBe(untouched);
    expect(state.deletedOnDisk).toEqual({ '0003-r.md': 'ADR-0003 R3' });
    // The filter index follows each row put or forgotten.
    expect(state.search('renamed', 10).map((d) => d.id)).toEqual(['0007-r.md']);
    expect(state.search('r3', 60).map((d) => d.id)).not.toContain('0003-r.md');
    // So do the filter menus' counts: 50 records, and the one accepted now counted as such.
    expect(state.filterChoices.lifecycles).toEqual([['proposed', 50]]);
    api.writeOnDisk({ ...api.disk('0008-r.md')!, status: 'accepted', lifecycle: 'accepted', tags: ['Data'] });
    await state.load();
    expect(state.filterChoices.lifecycles).toEqual([
      ['proposed', 49],
      ['accepted', 1],
    ]);
    expect(state.filterChoices.tags).toEqual(['Data']);

    await state.load();
    expect(api.rowsSent).toBe(53);
  });

  it('keeps a record deleted on disk while it has unsaved edits', async () => {
    const { api, state } = setup(3);
    await state.load();
    state.edit('0002-r.md', { context: 'typed before git deleted it' });
    api.deleteOnDisk('0002-r.md');
    await state.load();
    expect(state.byId('0002-r.md')).toBeDefined();
    expect(state.autosave.pending('0002-r.md')).toEqual({ context: 'typed before git deleted it' });
  });

  it('reads everything again after the host restarted (a new session), dropping what is gone', async () => {
    const { api, state } = setup(5);
    await state.load();
    api.deleteOnDisk('0005-r.md');
    api.session = 'fake-2';
    await state.load();
    expect(api.rowsSent).toBe(5 + 4);
    expect(state.list.map((d) => d.id)).not.toContain('0005-r.md');
    expect(state.deletedOnDisk).toEqual({ '0005-r.md': 'ADR-0005 R5' });
  });
});
