// Loading a record's history or diff once per version.
import { describe, expect, it, vi } from 'vitest';
import { localDate } from '../../../electron/common/format.ts';
import { commitDay, LazyLoad } from './lazy-load.svelte.ts';

describe('LazyLoad', () => {
  it('loads once per key and again when the key moves', async () => {
    const load = vi.fn(async () => load.mock.calls.length);
    const lazy = new LazyLoad(load);
    await lazy.ensure('v1');
    await lazy.ensure('v1');
    expect(lazy.value).toBe(1);
    await lazy.ensure('v2');
    expect(lazy.value).toBe(2);
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps the error and tries again on the next call', async () => {
    let fail = true;
    const lazy = new LazyLoad(async () => {
      if (fail) throw new Error('git not found');
      return 'ok';
    });
    await lazy.ensure('v1');
    expect(lazy.error).toBe('git not found');
    expect(lazy.loading).toBe(false);
    fail = false;
    await lazy.ensure('v1');
    expect([lazy.value, lazy.error]).toEqual(['ok', null]);
  });

  it('lets the latest call win when an earlier one answers late', async () => {
    const answers: ((v: string) => void)[] = [];
    const lazy = new LazyLoad(() => new Promise<string>((resolve) => answers.push(resolve)));
    const first = lazy.ensure('v1');
    const second = lazy.ensure('v2');
    answers[1]!('new');
    answers[0]!('old');
    await Promise.all([first, second]);
    expect(lazy.value).toBe('new');
  });
});

describe('commitDay', () => {
  it('shows the day of an ISO date and leaves other dates as given', () => {
    expect(commitDay('2024-05-01T10:00:00+02:00')).toBe(localDate('2024-05-01'));
    expect(commitDay('yesterday')).toBe('yesterday');
  });
});
