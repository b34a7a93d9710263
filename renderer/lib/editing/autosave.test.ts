// The autosave engine: debounce, one save at a time, flush, retry after a failure, edits that cannot be saved yet.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type AutosaveDeps } from './autosave.svelte.ts';

type Patch = { text?: string; tags?: string[] };

function setup(deps: Partial<AutosaveDeps<Patch, string>> = {}) {
  const sent: [string, Patch][] = [];
  const failures: string[] = [];
  const stored = vi.fn();
  const autosave = new Autosave<Patch, string>({
    save: async (id, patch) => {
      sent.push([id, patch]);
      const failure = failures.shift();
      if (failure) throw new Error(failure);
      return `${id}@${sent.length}`;
    },
    saved: stored,
    delay: 400,
    retryDelays: [2000, 5000],
    ...deps,
  });
  return { autosave, sent, failures, stored };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Autosave', () => {
  it('merges edits of a record and saves them once after a pause', async () => {
    const { autosave, sent, stored } = setup();
    autosave.queue('a', { text: 'o' });
    autosave.queue('a', { text: 'one' });
    autosave.queue('a', { tags: ['x'] });
    expect(autosave.status.state).toBe('unsaved');
    expect(autosave.unsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(399);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([['a', { text: 'one', tags: ['x'] }]]);
    expect(stored).toHaveBeenCalledWith('a', 'a@1');
    expect(autosave.status).toEqual({ state: 'saved', message: null });
    expect(autosave.unsaved).toBe(false);
  });

  it('flushes at once, says so while saving, and saves records one at a time', async () => {
    const sent: string[] = [];
    let release = () => {};
    const slow = new Autosave<Patch, string>({
      save: (id) => {
        sent.push(id);
        return new Promise((resolve) => (release = () => resolve(id)));
      },
      saved: () => {},
    });
    slow.queue('a', { text: 'A' });
    slow.queue('b', { text: 'B' });
    const done = slow.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(slow.status.state).toBe('saving');
    expect(sent).toEqual(['a']);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['a', 'b']);
    release();
    await done;
    expect(slow.status.state).toBe('saved');
    expect(slow.unsaved).toBe(false);
  });

  it('keeps edits typed while a save is under way for the next save', async () => {
    const sent: Patch[] = [];
    let release = () => {};
    const stored = vi.fn();
    const autosave = new Autosave<Patch, string>({
      save: (_, patch) => {
        sent.push(patch);
        return new Promise((resolve) => (release = () => resolve('stored')));
      },
      saved: stored,
    });
    autosave.queue('a', { text: 'first' });
    const saving = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    autosave.queue('a', { text: 'first and more' });
    release();
    await saving;
    expect(stored).toHaveBeenCalledWith('a', 'stored');
    expect(autosave.pending('a')).toEqual({ text: 'first and more' });
    expect(autosave.status.state).toBe('unsaved');
    await vi.advanceTimersByTimeAsync(400);
    release();
    await autosave.flush();
    expect(sent).toEqual([{ text: 'first' }, { text: 'first and more' }]);
    expect(autosave.status.state).toBe('saved');
  });

  it('keeps a failed save, says it is retrying, and retries after a growing wait', async () => {
    const { autosave, sent, failures } = setup();
    failures.push('disk full', 'disk still full');
    autosave.queue('a', { text: 'precious' });
    await vi.advanceTimersByTimeAsync(400);
    expect(autosave.status).toEqual({ state: 'retrying', message: 'disk full' });
    expect(autosave.pending('a')).toEqual({ text: 'precious' });
    await vi.advanceTimersByTimeAsync(2000);
    expect(sent).toHaveLength(2);
    expect(autosave.status).toEqual({ state: 'retrying', message: 'disk still full' });
    await vi.advanceTimersByTimeAsync(4999);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(3);
    expect(autosave.status.state).toBe('saved');
    expect(autosave.unsaved).toBe(false);
  });

  it('sends a failed change again with the next edit, merged under it', async () => {
    const { autosave, sent, failures } = setup();
    failures.push('read-only');
    autosave.queue('a', { text: 'kept', tags: ['old'] });
    await vi.advanceTimersByTimeAsync(400);
    autosave.queue('a', { tags: ['new'] });
    expect(autosave.status.state).toBe('retrying');
    await vi.advanceTimersByTimeAsync(400);
    expect(sent.at(-1)).toEqual(['a', { text: 'kept', tags: ['new'] }]);
    expect(autosave.status.state).toBe('saved');
  });

  it('holds edits that cannot be saved yet, says why, and saves once they are fixed', async () => {
    const { autosave, sent } = setup({ problem: (_, p) => (p.text?.trim() ? null : 'needs text') });
    autosave.queue('a', { text: '  ' });
    await autosave.flush();
    expect(sent).toEqual([]);
    expect(autosave.status).toEqual({ state: 'not-saved', message: 'needs text' });
    expect(autosave.unsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual([]);
    autosave.queue('a', { text: 'fixed' });
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toEqual([['a', { text: 'fixed' }]]);
    expect(autosave.status.state).toBe('saved');
  });

  it('saves what was typed while the check was still loading with the rest, after the next pause', async () => {
    let checksLoaded = () => {};
    const loading = new Promise<void>((resolve) => (checksLoaded = resolve));
    const { autosave, sent } = setup({ problem: async () => (await loading, null) });
    autosave.queue('a', { text: 'one' });
    await vi.advanceTimersByTimeAsync(400);
    autosave.queue('a', { tags: ['x'] });
    checksLoaded();
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([]);
    expect(autosave.unsaved).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(sent).toEqual([['a', { text: 'one', tags: ['x'] }]]);
    expect(autosave.status.state).toBe('saved');
  });

  it('forgets the edits of a record that is gone', async () => {
    const { autosave, sent } = setup({ problem: () => 'never valid' });
    autosave.queue('a', { text: 'x' });
    await autosave.flush();
    autosave.drop('a');
    expect(autosave.status.state).toBe('saved');
    expect(autosave.unsaved).toBe(false);
    expect(sent).toEqual([]);
  });

  it('counts one-off writes as saving and waits for them on flush', async () => {
    const { autosave } = setup();
    let finish = () => {};
    const write = autosave.write(() => new Promise<string>((resolve) => (finish = () => resolve('created'))));
    expect(autosave.status.state).toBe('saving');
    let flushed = false;
    void autosave.flush().then(() => (flushed = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(false);
    finish();
    expect(await write).toBe('created');
    await vi.advanceTimersByTimeAsync(0);
    expect(flushed).toBe(true);
    expect(autosave.status.state).toBe('saved');
    await expect(autosave.write(() => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(autosave.status.state).toBe('saved');
  });

  it('sends the version each save is based on, and bases edits typed meanwhile on the version stored', async () => {
    const sent: [Patch, string | null][] = [];
    let release = () => {};
    let version = 1;
    const autosave = new Autosave<Patch, { version: string }>({
      save: (_, patch, base) => {
        sent.push([patch, base]);
        return new Promise((resolve) => (release = () => resolve({ version: `v${++version}` })));
      },
      saved: () => {},
      baseOf: () => 'v1',
      versionOf: (stored) => stored.version,
    });
    autosave.queue('a', { text: 'first' });
    const saving = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    autosave.queue('a', { text: 'first and more' });
    release();
    await saving;
    await vi.advanceTimersByTimeAsync(400);
    release();
    await autosave.flush();
    expect(sent).toEqual([
      [{ text: 'first' }, 'v1'],
      [{ text: 'first and more' }, 'v2'],
    ]);
  });

  it('takes the base from the record on screen again once everything is saved', async () => {
    let onScreen = 'v1';
    const bases: (string | null)[] = [];
    const autosave = new Autosave<Patch, string>({
      save: async (_, __, base) => {
        bases.push(base);
        return 'stored';
      },
      saved: () => {},
      baseOf: () => onScreen,
    });
    autosave.queue('a', { text: 'x' });
    await autosave.flush();
    onScreen = 'v7';
    autosave.queue('a', { text: 'y' });
    await autosave.flush();
    expect(bases).toEqual(['v1', 'v7']);
  });

  it('holds edits that met a newer file, says so, and sends them again only when asked', async () => {
    type Answer = { conflict: string | null };
    const answers: Answer[] = [{ conflict: 'changed on disk' }, { conflict: null }];
    const sent: [Patch, string | null][] = [];
    const stored = vi.fn();
    const autosave = new Autosave<Patch, Answer>({
      save: async (_, patch, base) => {
        sent.push([patch, base]);
        return answers.shift()!;
      },
      saved: stored,
      baseOf: () => 'v1',
      conflictOf: (answer) => answer.conflict,
    });
    autosave.queue('a', { text: 'mine' });
    await autosave.flush();
    expect(autosave.status).toEqual({ state: 'conflict', message: 'changed on disk' });
    expect(autosave.conflicted('a')).toBe(true);
    expect(stored).toHaveBeenCalledWith('a', { conflict: 'changed on disk' });
    autosave.queue('a', { tags: ['t'] });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toHaveLength(1);
    await autosave.retry('a');
    expect(sent.at(-1)).toEqual([{ text: 'mine', tags: ['t'] }, 'v1']);
    expect(autosave.status.state).toBe('saved');
  });

  it('sends edits typed during a save that met a conflict along with it, so the conflict covers them', async () => {
    const sent: Patch[] = [];
    let release = () => {};
    const stored = vi.fn();
    const autosave = new Autosave<Patch, string>({
      save: (_, patch) => {
        sent.push(patch);
        return new Promise((resolve) => (release = () => resolve('conflict')));
      },
      saved: stored,
      conflictOf: (answer) => (answer === 'conflict' ? 'changed' : null),
    });
    autosave.queue('a', { text: 'one' });
    const saving = autosave.flush();
    await vi.advanceTimersByTimeAsync(0);
    autosave.queue('a', { tags: ['two'] });
    release();
    await saving;
    expect(stored).not.toHaveBeenCalled();
    expect(autosave.conflicted('a')).toBe(false);
    await vi.advanceTimersByTimeAsync(400);
    expect(sent.at(-1)).toEqual({ text: 'one', tags: ['two'] });
    release();
    await autosave.flush();
    expect(stored).toHaveBeenCalledTimes(1);
    expect(autosave.conflicted('a')).toBe(true);
    autosave.drop('a');
    expect(autosave.status.state).toBe('saved');
    expect(autosave.unsaved).toBe(false);
  });
});
