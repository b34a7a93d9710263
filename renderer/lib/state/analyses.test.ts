// Tests for the analyses state: live local edits, one debounced save, undo/redo, invalid edits and delete-with-undo.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyAnalysis, type Analysis, type AnalysisPatch } from '../../../electron/common/analysis.ts';
import { SAVE_DELAY_MS } from '../editing/autosave.svelte.ts';
import { HISTORY_LIMIT } from '../editing/history.svelte.ts';
import { Toast } from '../editing/toast.svelte.ts';
import { Analyses, type AnalysesApi } from './analyses.svelte.ts';

function sample(): Analysis {
  return {
    ...emptyAnalysis('a1', 'Which store?', '2025-01-01T00:00:00.000Z'),
    options: [
      { id: 'x', title: 'X', description: '' },
      { id: 'y', title: 'Y', description: '' },
    ],
    criteria: [{ id: 'c', title: 'Speed', tradeoff: null, favours: null, type: 'benefit', weight: 1 }],
    ratings: { x: { c: 4 }, y: { c: 2 } },
    montecarlo: { samples: 100, seed: 1, mode: 'dirichlet', spread: 0.2 },
  };
}

function fakeApi() {
  const updates: [string, AnalysisPatch][] = [];
  const api: AnalysesApi = {
    listAnalyses: async () => [sample()],
    createAnalysis: async ({ title }) => emptyAnalysis('new', title, 'now'),
    updateAnalysis: async (id, patch) => {
      updates.push([id, patch]);
      return { ...sample(), ...patch, id, updatedAt: `saved-${updates.length}` } as Analysis;
    },
    deleteAnalysis: async () => ({ undoToken: 'tok' }),
    restoreAnalysis: async () => sample(),
    decideFromAnalysis: async () => {
      throw new Error('unused');
    },
  };
  return { api, updates };
}

let clock = 0;
async function setup() {
  const { api, updates } = fakeApi();
  const open = vi.fn();
  const toast = new Toast();
  const example = () => ({ title: 'Example', options: [] });
  const store = new Analyses({ api, open, toast, example, now: () => clock });
  await store.load();
  store.select('a1');
  return { store, updates, api, open, toast };
}
const rename = (title: string) => (a: Analysis) => ({ ...a, title });

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
});
afterEach(() => vi.useRealTimers());

describe('editing', () => {
  it('applies edits locally and re-scores at once, then saves them in one debounced call', async () => {
    const { store, updates } = await setup();
    expect(store.score?.ok && store.score.leaders).toEqual(['x']);
    store.edit('rate', (a) => ({ ...a, ratings: { ...a.ratings, y: { c: 5 } } }));
    expect(store.score?.ok && store.score.leaders).toEqual(['y']);
    store.edit('title', rename('Which queue?'));
    expect(store.autosave.status.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS - 1);
    expect(updates).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(updates).toHaveLength(1);
    expect(updates[0]![1]).toMatchObject({ title: 'Which queue?', ratings: { y: { c: 5 } } });
    expect(store.autosave.status.state).toBe('saved');
    expect(store.selected?.updatedAt).toBe('saved-1');
  });

  it('does not save an edit the schema refuses, and says why', async () => {
    const { store, updates } = await setup();
    store.edit('title', rename('   '));
    await store.flush();
    expect(updates).toHaveLength(0);
    expect(store.autosave.status).toEqual({ state: 'not-saved', message: 'an analysis needs a question' });
    expect(store.autosave.unsaved).toBe(true);
    expect(store.selected?.title).toBe('   ');
  });

  it('keeps unsaved edits over what the host has when the list reloads', async () => {
    const { store } = await setup();
    store.edit('title', rename('Typed, not saved yet'));
    await store.load();
    expect(store.selected?.title).toBe('Typed, not saved yet');
  });
});

describe('undo and redo', () => {
  it('undoes and redoes edits, coalescing quick edits of one field', async () => {
    const { store } = await setup();
    store.edit('title', rename('W'));
    clock += 200;
    store.edit('title', rename('Wh'));
    clock += 5000;
    store.edit('desc', (a) => ({ ...a, description: 'why' }));
    store.undo();
    expect(store.selected).toMatchObject({ title: 'Wh', description: '' });
    store.undo();
    expect(store.selected?.title).toBe('Which store?');
    expect(store.history.canUndo).toBe(false);
    store.redo();
    expect(store.selected?.title).toBe('Wh');
    store.edit('other', rename('Z'));
    expect(store.history.canRedo).toBe(false);
  });

  it('saves what an undo brings back, and keeps the host fields current', async () => {
    const { store, updates } = await setup();
    store.edit('title', rename('Renamed'));
    await store.flush();
    store.undo();
    await store.flush();
    expect(updates.at(-1)![1]).toMatchObject({ title: 'Which store?' });
    expect(store.selected?.updatedAt).toBe('saved-2');
  });

  it(`keeps the last ${HISTORY_LIMIT} steps`, async () => {
    const { store } = await setup();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) store.edit(`k${i}`, rename(`t${i}`));
    let steps = 0;
    while (store.history.canUndo) {
      store.undo();
      steps++;
    }
    expect(steps).toBe(HISTORY_LIMIT);
    expect(store.selected?.title).toBe('t4');
  });
});

describe('create and delete', () => {
  it('creates from a seed, then deletes with an undo toast that restores and opens it', async () => {
    const { store, updates, toast, open } = await setup();
    const created = await store.create({ title: 'Seeded', options: [] });
    expect(created?.title).toBe('Seeded');
    expect(updates).toEqual([['new', { title: 'Seeded', options: [] }]]);
    expect(store.list.map((a) => a.id)).toEqual(['new', 'a1']);
    await store.remove('a1');
    expect(store.selectedId).toBeNull();
    expect(toast.current).toMatchObject({ message: 'Deleted “Which store?”.', action: { label: 'Undo' } });
    toast.act();
    await vi.waitFor(() => expect(store.list.map((a) => a.id)).toEqual(['a1', 'new']));
    expect(open).toHaveBeenCalledWith('a1');
    expect(toast.current).toBeNull();
  });

  it('starts a new workspace from the example, numbering later copies', async () => {
    const { store, open, api } = await setup();
    api.listAnalyses = async () => [];
    await store.load();
    await store.start();
    expect(store.list.map((a) => a.title)).toEqual(['Example']);
    expect(open).toHaveBeenCalledWith('new');
    await store.start(true);
    expect(store.list.map((a) => a.title)).toEqual(['Example (2)', 'Example']);
    await store.start();
    expect(store.list[0]?.title).toBe('Untitled analysis');
  });

  it('reports a failed action in words', async () => {
    const { store, api } = await setup();
    api.deleteAnalysis = async () => {
      throw new Error('the workspace is read-only');
    };
    await store.remove('a1');
    expect(store.error).toBe('Could not delete “Which store?”: the workspace is read-only');
    expect(store.list).toHaveLength(1);
  });
});

describe('a new analysis is a draft until something is typed', () => {
  it('writes nothing for a draft left empty, and forgets it when another analysis is opened', async () => {
    const { store, api, open } = await setup();
    const create = vi.spyOn(api, 'createAnalysis');
    store.startDraft();
    expect(store.selected?.title).toBe('');
    expect(store.list.map((a) => a.id)).toEqual(['a1']);
    store.select('a1');
    expect(store.draft).toBeNull();
    expect(create).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });

  it('creates the analysis with the first edit, keeps typing that came meanwhile, and keeps the editor', async () => {
    vi.useFakeTimers();
    const { store, updates, open } = await setup();
    store.startDraft();
    const draftId = store.selectedId;
    store.edit('title', (a) => ({ ...a, title: 'W' }));
    store.edit('title', (a) => ({ ...a, title: 'Which queue?' }));
    await vi.waitFor(() => expect(open).toHaveBeenCalledWith('new'));
    expect(store.selectedId).toBe('new');
    expect(store.editorKey).toBe(draftId);
    expect(store.list.map((a) => a.title)).toEqual(['Which queue?', 'Which store?']);
    await vi.advanceTimersByTimeAsync(SAVE_DELAY_MS + 10);
    await store.flush();
    expect(updates.at(-1)).toEqual(['new', expect.objectContaining({ title: 'Which queue?' })]);
    vi.useRealTimers();
  });
});
