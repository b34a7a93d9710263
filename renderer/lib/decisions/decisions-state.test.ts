// The decisions state against an in-memory API: autosave, failures that keep text, undo/redo, delete/restore, supersede.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDecision, type Decision, type DecisionPatch } from '../../../electron/common/decision.ts';
import { Toast } from '../editing/toast.svelte.ts';
import { DecisionsState, type DecisionsDeps } from './decisions-state.svelte.ts';

function fakeApi() {
  const store = new Map<string, Decision>();
  const deleted = new Map<string, Decision>();
  let next = 1;
  const api = {
    failNext: null as string | null,
    updates: [] as [string, DecisionPatch][],
    check() {
      const message = api.failNext;
      api.failNext = null;
      if (message) throw new Error(message);
    },
    listDecisions: async () => [...store.values()].map((d) => structuredClone(d)),
    createDecision: async ({ title }: { title: string }) => {
      api.check();
      const d = emptyDecision(`id${next}`, next++, title, '2024-05-01', 'now');
      store.set(d.id, d);
      return structuredClone(d);
    },
    updateDecision: async (id: string, patch: DecisionPatch) => {
      api.updates.push([id, structuredClone(patch)]);
      api.check();
      const d = { ...store.get(id)!, ...patch, updatedAt: `t${api.updates.length}` };
      store.set(id, d);
      return structuredClone(d);
    },
    duplicateDecision: async (id: string) => {
      const d = {
        ...structuredClone(store.get(id)!),
        id: `id${next}`,
        number: next++,
        title: `Copy of ${store.get(id)!.title}`,
      };
      store.set(d.id, d);
      return d;
    },
    deleteDecision: async (id: string) => {
      deleted.set(`tok-${id}`, store.get(id)!);
      store.delete(id);
      return { undoToken: `tok-${id}` };
    },
    restoreDecision: async (token: string) => {
      const d = deleted.get(token)!;
      store.set(d.id, d);
      return structuredClone(d);
    },
    supersedeDecision: async (oldId: string, newId: string) => {
      api.check();
      const older = { ...store.get(oldId)!, status: 'superseded' as const, supersededBy: store.get(newId)!.number };
      const by = { ...store.get(newId)!, supersedes: [older.number] };
      store.set(oldId, older);
      store.set(newId, by);
      return { superseded: older, by };
    },
    exportDecisions: async () => ({ written: ['0001-a.md'] }),
    importDecisions: async () => ({ imported: [], report: [] }),
  };
  return api;
}

function setup() {
  const api = fakeApi();
  const index = { add: vi.fn(), remove: vi.fn() };
  const toast = new Toast();
  const deps: DecisionsDeps = { api, index, open: vi.fn(), toast, saveDelay: 400 };
  return { api, index, deps, toast, state: new DecisionsState(deps) };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DecisionsState', () => {
  it('creates a decision, opens it and indexes it for search', async () => {
    const { state, deps, index } = setup();
    const d = await state.create('Adopt Feast');
    expect(state.list.map((x) => x.title)).toEqual(['Adopt Feast']);
    expect(deps.open).toHaveBeenCalledWith(d!.id);
    expect(index.add).toHaveBeenCalledWith(
      expect.objectContaining({ id: d!.id, kind: 'decision', title: 'ADR-0001 Adopt Feast' }),
    );
  });

  it('creates the example with its options and citations', async () => {
    const { state } = setup();
    const d = await state.createExample();
    expect(d?.options).toHaveLength(2);
    expect(d?.context).toContain('[@CM10]');
  });

  it('shows a refused create as an action error', async () => {
    const { state, api } = setup();
    api.failNext = 'a decision needs a title';
    expect(await state.create('')).toBeNull();
    expect(state.actionError).toBe('a decision needs a title');
  });

  it('debounces edits into one save', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { context: 'one' });
    state.edit(d.id, { context: 'one two' });
    state.edit(d.id, { tags: ['x'] });
    expect(state.autosave.status.state).toBe('unsaved');
    expect(api.updates).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates).toEqual([[d.id, { context: 'one two', tags: ['x'] }]]);
    expect(state.autosave.status.state).toBe('saved');
    expect(state.byId(d.id)?.updatedAt).toBe('t1');
  });

  it('keeps the text when a save fails and sends it again with the next edit', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    api.failNext = 'The workspace is read-only.';
    state.edit(d.id, { context: 'precious words' });
    await vi.advanceTimersByTimeAsync(400);
    expect(state.autosave.status).toEqual({ state: 'retrying', message: 'The workspace is read-only.' });
    expect(state.byId(d.id)?.context).toBe('precious words');
    state.edit(d.id, { title: 'B' });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates.at(-1)).toEqual([d.id, { context: 'precious words', title: 'B' }]);
    expect(state.autosave.status.state).toBe('saved');
  });

  it('keeps edits typed while a save is in flight', async () => {
    const { state } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { context: 'first' });
    const saving = state.flush();
    state.edit(d.id, { context: 'first and more' });
    await saving;
    expect(state.byId(d.id)?.context).toBe('first and more');
  });

  it('undoes and redoes a structural change from the toast', async () => {
    const { state, toast } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { drivers: ['cost', 'speed'] });
    state.change(d.id, { drivers: ['speed'] }, 'Removed driver “cost”');
    expect(state.history.undoLabel).toBe('Removed driver “cost”');
    expect(toast.current).toMatchObject({ message: 'Removed driver “cost”.', action: { label: 'Undo' } });
    toast.act();
    expect(state.byId(d.id)?.drivers).toEqual(['cost', 'speed']);
    expect(state.history.canUndo).toBe(false);
    expect(toast.current).toMatchObject({ message: 'Undone: removed driver “cost”.', action: { label: 'Redo' } });
    toast.act();
    expect(state.byId(d.id)?.drivers).toEqual(['speed']);
  });

  it('undoes only the fields the change touched, keeping text typed since', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.change(d.id, { tags: ['data'] }, 'Added a tag');
    state.edit(d.id, { context: 'typed after' });
    state.undoLast();
    expect(state.byId(d.id)).toMatchObject({ tags: [], context: 'typed after' });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates.at(-1)).toEqual([d.id, { tags: [], context: 'typed after' }]);
  });

  it('shows a host write as saving while it is under way', async () => {
    const { state } = setup();
    const creating = state.create('A');
    expect(state.autosave.status.state).toBe('saving');
    await creating;
    expect(state.autosave.status.state).toBe('saved');
  });

  it('reports a refused status change and leaves the record as it was', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    api.failNext = 'Decision 1 cannot go from proposed to deprecated.';
    expect(await state.setStatus(d.id, 'deprecated')).toBe(false);
    expect(state.actionError).toMatch(/cannot go from proposed/);
    expect(state.byId(d.id)?.status).toBe('proposed');
    expect(await state.setStatus(d.id, 'accepted')).toBe(true);
    expect(state.byId(d.id)?.status).toBe('accepted');
    expect(state.actionError).toBeNull();
  });

  it('deletes with an undo toast that restores the record', async () => {
    const { state, index, toast } = setup();
    const d = (await state.create('Gone'))!;
    expect(await state.remove(d.id)).toBe(true);
    expect(state.list).toEqual([]);
    expect(index.remove).toHaveBeenCalledWith(d.id);
    expect(toast.current?.message).toBe('Deleted ADR-0001 Gone.');
    toast.act();
    await vi.waitFor(() => expect(state.list.map((x) => x.id)).toEqual([d.id]));
  });

  it('closes the toast after ten seconds', async () => {
    const { state, toast } = setup();
    const d = (await state.create('Gone'))!;
    await state.remove(d.id);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(toast.current).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect(toast.current).toBeNull();
  });

  it('records supersede links on both records', async () => {
    const { state } = setup();
    const old = (await state.create('Old'))!;
    const next = (await state.create('New'))!;
    expect(await state.supersede(old.id, next.id)).toBe(true);
    expect(state.byId(old.id)).toMatchObject({ status: 'superseded', supersededBy: 2 });
    expect(state.byId(next.id)?.supersedes).toEqual([1]);
  });

  it('duplicates and keeps the list in number order', async () => {
    const { state } = setup();
    const a = (await state.create('A'))!;
    await state.create('B');
    await state.duplicate(a.id);
    expect(state.list.map((d) => [d.number, d.title])).toEqual([
      [1, 'A'],
      [2, 'B'],
      [3, 'Copy of A'],
    ]);
  });

  it('reloads, keeping unsaved edits and dropping vanished records from the index', async () => {
    const { state, api, index } = setup();
    const a = (await state.create('A'))!;
    const b = (await state.create('B'))!;
    await api.deleteDecision(b.id);
    state.edit(a.id, { context: 'unsaved' });
    await state.load();
    expect(state.list.map((d) => [d.title, d.context])).toEqual([['A', 'unsaved']]);
    expect(index.remove).toHaveBeenCalledWith(b.id);
  });
});
