// The decisions state against an in-memory folder: autosave with versions, failures that keep text, undo/redo,
// delete/restore, supersede, reloads after changes on disk.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { Toast } from '../editing/toast.svelte.ts';
import { DecisionsState, type DecisionsDeps } from './decisions-state.svelte.ts';
import { fakeFolderApi } from './fake-folder-api.ts';

function setup() {
  const api = fakeFolderApi();
  const toast = new Toast();
  const deps: DecisionsDeps = { api, open: vi.fn(), toast, saveDelay: 400 };
  return { api, deps, toast, state: new DecisionsState(deps) };
}

// The state loads its edit checks at the first save; loaded here, that takes no time the fake clock would have to cover.
beforeAll(() => import('../../../electron/common/decision-schema.ts'));
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('DecisionsState', () => {
  it('creates a decision, opens it and indexes it for search', async () => {
    const { state, deps } = setup();
    const d = await state.create('Adopt Feast');
    expect(state.list.map((x) => x.title)).toEqual(['Adopt Feast']);
    expect(deps.open).toHaveBeenCalledWith(d!.id);
    expect(state.search('feast', 10).map((x) => x.id)).toEqual([d!.id]);
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

  it('debounces edits into one save based on the version on screen, and keeps the version stored', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { context: 'one' });
    state.edit(d.id, { context: 'one two' });
    state.edit(d.id, { tags: ['x'] });
    expect(state.autosave.status.state).toBe('unsaved');
    expect(api.updates).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates).toEqual([[d.id, { context: 'one two', tags: ['x'] }, d.version]]);
    expect(state.autosave.status.state).toBe('saved');
    expect(state.byId(d.id)?.version).toBe(api.disk(d.id)?.version);
    expect(state.byId(d.id)?.version).not.toBe(d.version);
  });

  it('keeps a status as written and follows it with the lifecycle at once', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { status: 'Approved' });
    expect(state.byId(d.id)).toMatchObject({ status: 'Approved', lifecycle: 'accepted' });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates.at(-1)?.[1]).toEqual({ status: 'Approved' });
  });

  it('holds a blank title or a malformed date and says why, without sending it', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { date: '2024-5-1' });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates).toEqual([]);
    expect(state.autosave.status).toEqual({ state: 'not-saved', message: 'dates are YYYY-MM-DD' });
    state.edit(d.id, { date: '2024-05-01' });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates.at(-1)?.[1]).toEqual({ date: '2024-05-01' });
  });

  it('keeps the text when a save fails and sends it again with the next edit', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    api.failNext = 'The workspace is read-only.';
    state.edit(d.id, { context: 'precious words' });
    await vi.advanceTimersByTimeAsync(400);
    expect(state.autosave.status).toEqual({ state: 'retrying', message: 'The workspace is read-only.' });
    expect(state.opened?.context).toBe('precious words');
    state.edit(d.id, { title: 'B' });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates.at(-1)?.slice(0, 2)).toEqual([d.id, { context: 'precious words', title: 'B' }]);
    expect(state.autosave.status.state).toBe('saved');
  });

  it('keeps edits typed while a save is in flight', async () => {
    const { state } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { context: 'first' });
    const saving = state.flush();
    state.edit(d.id, { context: 'first and more' });
    await saving;
    expect(state.opened?.context).toBe('first and more');
  });

  it('undoes and redoes a structural change from the toast', async () => {
    const { state, toast } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { drivers: ['cost', 'speed'] });
    state.change(d.id, { drivers: ['speed'] }, 'Removed driver “cost”');
    expect(state.history.undoLabel).toBe('Removed driver “cost”');
    expect(toast.current).toMatchObject({ message: 'Removed driver “cost”.', action: { label: 'Undo' } });
    toast.act();
    expect(state.opened?.drivers).toEqual(['cost', 'speed']);
    expect(state.history.canUndo).toBe(false);
    expect(toast.current).toMatchObject({ message: 'Undone: removed driver “cost”.', action: { label: 'Redo' } });
    toast.act();
    expect(state.opened?.drivers).toEqual(['speed']);
  });

  it('undoes only the fields the change touched, keeping text typed since', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.change(d.id, { tags: ['data'] }, 'Added a tag');
    state.edit(d.id, { context: 'typed after' });
    state.undoLast();
    expect(state.opened).toMatchObject({ tags: [], context: 'typed after' });
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates.at(-1)?.[1]).toEqual({ tags: [], context: 'typed after' });
  });

  it('shows a host write as saving while it is under way', async () => {
    const { state } = setup();
    const creating = state.create('A');
    expect(state.autosave.status.state).toBe('saving');
    await creating;
    expect(state.autosave.status.state).toBe('saved');
  });

  it('deletes with an undo toast that restores the record', async () => {
    const { state, toast } = setup();
    const d = (await state.create('Gone'))!;
    expect(await state.remove(d.id)).toBe(true);
    expect(state.list).toEqual([]);
    expect(state.search('gone', 10)).toEqual([]);
    expect(toast.current?.message).toBe('Deleted ADR-0001 Gone.');
    toast.act();
    await vi.waitFor(() => expect(state.list.map((x) => x.id)).toEqual([d.id]));
    expect(state.deletedOnDisk).toEqual({});
  });

  it('records supersede links on both records', async () => {
    const { state } = setup();
    const old = (await state.create('Old'))!;
    const next = (await state.create('New'))!;
    expect(await state.supersede(old.id, next.id)).toBe(true);
    expect(state.byId(old.id)).toMatchObject({ lifecycle: 'superseded', supersededBy: 2 });
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

  it('reloads after a change on disk, keeping unsaved edits, and says which records were deleted there', async () => {
    const { state, api } = setup();
    const a = (await state.create('A'))!;
    const b = (await state.create('B'))!;
    const c = (await state.create('C'))!;
    api.writeOnDisk(emptyDecision('0009-new.md', 9, 'Written by git'));
    api.deleteOnDisk(b.id);
    api.deleteOnDisk(c.id);
    state.edit(a.id, { context: 'unsaved' });
    state.edit(c.id, { context: 'edited before git deleted it' });
    await state.load();
    expect(state.list.map((d) => d.title)).toEqual(['A', 'C', 'Written by git']);
    expect(state.autosave.pending(a.id)).toEqual({ context: 'unsaved' });
    expect(state.autosave.pending(c.id)).toEqual({ context: 'edited before git deleted it' });
    expect(state.search('B', 10).map((x) => x.id)).not.toContain(b.id);
    expect(state.search('git', 10).map((x) => x.title)).toEqual(['Written by git']);
    expect(state.deletedOnDisk).toEqual({ [b.id]: 'ADR-0002 B' });
  });

  it('shows a conflict when the file changed on disk, keeps the edits, and writes the merged text when asked', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { context: 'mine' });
    // git pull while the edit waits: the list reloads, the edit stays, based on the version it was typed on.
    api.writeOnDisk({ ...api.disk(d.id)!, title: 'A, renamed by git' });
    await state.load();
    // The list shows the file's new title; the open record stays as edited until the save meets the file.
    expect(state.byId(d.id)?.title).toBe('A, renamed by git');
    expect(state.opened?.context).toBe('mine');
    await vi.advanceTimersByTimeAsync(400);
    expect(api.updates.at(-1)?.[2]).toBe(d.version);
    expect(state.conflicts.current).toMatchObject({ id: d.id, mine: expect.stringContaining('mine') });
    expect(state.autosave.status.state).toBe('conflict');
    expect(state.opened?.context).toBe('mine');
    expect(await state.conflicts.write(state.conflicts.current!.merged!)).toBe(true);
    expect(state.conflicts.current).toBeNull();
    expect(state.autosave.status.state).toBe('saved');
    expect(state.opened).toMatchObject({ title: 'A, renamed by git', context: 'mine' });
  });

  it('puts a conflict aside with its edits pending, and compares again on request', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    state.edit(d.id, { context: 'mine' });
    api.writeOnDisk({ ...api.disk(d.id)!, consequences: 'theirs' });
    await vi.advanceTimersByTimeAsync(400);
    state.conflicts.cancel();
    expect(state.conflicts.current).toBeNull();
    expect(state.autosave.unsaved).toBe(true);
    expect(state.autosave.conflicted(d.id)).toBe(true);
    await state.conflicts.compareAgain(d.id);
    expect(state.conflicts.current?.id).toBe(d.id);
    await state.conflicts.keepDisk();
    expect(state.autosave.unsaved).toBe(false);
    // The screen shows the record again: its file changed, so its body is fetched anew.
    await state.show(d.id);
    expect(state.opened).toMatchObject({ context: '', consequences: 'theirs' });
  });

  it('fetches a record’s body when it is opened, and again only when its file changed', async () => {
    const { state, api } = setup();
    const d = (await state.create('A'))!;
    await state.create('B');
    const fetched: string[] = [];
    const getDecision = api.getDecision;
    api.getDecision = async (id) => (fetched.push(id), getDecision(id));
    await state.show(d.id);
    await state.show(d.id);
    expect(state.opened?.title).toBe('A');
    api.writeOnDisk({ ...api.disk(d.id)!, context: 'written by git' });
    await state.load();
    await state.show(d.id);
    expect(state.opened?.context).toBe('written by git');
    expect(fetched).toEqual([d.id, d.id]);
  });

  it('imports after a dry run: the dry run writes and reloads nothing, the import reloads the list', async () => {
    const { state, api } = setup();
    const calls: boolean[] = [];
    api.importDecisions = async ({ dryRun }) => {
      calls.push(dryRun ?? false);
      if (!dryRun) api.writeOnDisk(emptyDecision('0005-imported.md', 5, 'Imported'));
      return { imported: dryRun ? [] : [api.disk('0005-imported.md')!], report: [], dryRun: dryRun ?? false };
    };
    expect((await state.importDecisions('../other', true)).dryRun).toBe(true);
    expect(state.list).toEqual([]);
    await state.importDecisions('../other', false);
    expect(calls).toEqual([true, false]);
    expect(state.list.map((d) => d.title)).toEqual(['Imported']);
  });
});
