// The toast: one message at a time, its action runs once, and it goes after ten seconds.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toast, TOAST_MS } from './toast.svelte.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Toast', () => {
  it('shows one message at a time and closes it after ten seconds', () => {
    const toast = new Toast();
    toast.show('First.');
    vi.advanceTimersByTime(TOAST_MS - 1);
    toast.show('Second.');
    vi.advanceTimersByTime(TOAST_MS - 1);
    expect(toast.current).toEqual({ message: 'Second.' });
    vi.advanceTimersByTime(1);
    expect(toast.current).toBeNull();
    expect(TOAST_MS).toBe(10_000);
  });

  it('runs its action once and closes', () => {
    const toast = new Toast();
    const run = vi.fn();
    toast.show('Deleted ADR-0001 A.', { label: 'Undo', run });
    toast.act();
    toast.act();
    expect(run).toHaveBeenCalledTimes(1);
    expect(toast.current).toBeNull();
  });
});
