// Serialised, coalesced saves and the status they publish.
import { describe, expect, it } from 'vitest';
import { SaveQueue, StatusBox, type SaveStatus } from './save-queue.ts';

/** A write whose completion the test controls, recording the state it saved. */
function gatedWriter(state: { value: number }) {
  const written: number[] = [];
  const gates: Array<(error?: Error) => void> = [];
  const write = () =>
    new Promise<void>((resolve, reject) => {
      const value = state.value;
      gates.push((error) => (error ? reject(error) : (written.push(value), resolve())));
    });
  const open = async (error?: Error) => {
    while (gates.length === 0) await new Promise((r) => setTimeout(r, 1));
    gates.shift()!(error);
  };
  return { write, written, open, pending: () => gates.length };
}

describe('SaveQueue', () => {
  it('coalesces requests made during a write into one write of the latest state', async () => {
    const state = { value: 1 };
    const writer = gatedWriter(state);
    const status = new StatusBox({ state: 'saved' });
    const seen: SaveStatus[] = [];
    status.subscribe((s) => seen.push(s));
    const queue = new SaveQueue(writer.write, status);

    const first = queue.request();
    const burst = [2, 3, 4].map((v) => ((state.value = v), queue.request()));
    await writer.open();
    await first;
    await writer.open();
    await Promise.all(burst);
    await queue.idle();

    expect(writer.written).toEqual([1, 4]);
    expect(seen.map((s) => s.state)).toEqual(['saved', 'saving', 'saving', 'saved']);
  });

  it('reports a failed write, rejects its waiters, and recovers on the next request', async () => {
    const state = { value: 1 };
    const writer = gatedWriter(state);
    const status = new StatusBox({ state: 'saved' });
    const queue = new SaveQueue(writer.write, status);

    const failed = queue.request();
    await writer.open(new Error('disk full'));
    await expect(failed).rejects.toThrow('disk full');
    expect(status.current).toEqual({ state: 'error', message: 'disk full' });

    const retried = queue.request();
    await writer.open();
    await retried;
    expect(status.current).toEqual({ state: 'saved' });
    expect(writer.written).toEqual([1]);
  });

  it('undoes what a failed write carried before the next write reads the state', async () => {
    const state = { value: 0 };
    const writer = gatedWriter(state);
    const queue = new SaveQueue(writer.write, new StatusBox({ state: 'saved' }));
    const first = queue.request();
    state.value += 10;
    const transaction = queue.request(() => (state.value -= 10));
    await writer.open();
    await first;
    state.value += 1;
    const later = queue.request();
    await writer.open(new Error('disk full'));
    await expect(transaction).rejects.toThrow('disk full');
    await writer.open();
    await later;
    expect(writer.written).toEqual([0, 1]);
  });

  it('stops telling a listener after it unsubscribes', () => {
    const status = new StatusBox({ state: 'saved' });
    const seen: string[] = [];
    const stop = status.subscribe((s) => seen.push(s.state));
    status.set({ state: 'saving' });
    stop();
    status.set({ state: 'saved' });
    expect(seen).toEqual(['saved', 'saving']);
  });
});
