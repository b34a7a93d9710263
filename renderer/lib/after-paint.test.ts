// After the next paint: a timer set in the frame's callback, or a later timer when no frame comes (a background tab).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './after-paint.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const settled = (p: Promise<void>) => {
  const state = { done: false };
  void p.then(() => (state.done = true));
  return state;
};

describe('afterNextPaint', () => {
  it('waits for the frame, then for the task after it', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    const after = settled(afterNextPaint());
    await vi.advanceTimersByTimeAsync(20);
    expect(after.done).toBe(false);
    frames.forEach((f) => f(16));
    await vi.advanceTimersByTimeAsync(0);
    expect(after.done).toBe(true);
  });

  it('goes ahead when no frame comes, and at once where there are no frames', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const hidden = settled(afterNextPaint());
    await vi.advanceTimersByTimeAsync(200);
    expect(hidden.done).toBe(false);
    await vi.advanceTimersByTimeAsync(60);
    expect(hidden.done).toBe(true);
    vi.unstubAllGlobals();
    const frameless = settled(afterNextPaint());
    await vi.advanceTimersByTimeAsync(0);
    expect(frameless.done).toBe(true);
  });
});
