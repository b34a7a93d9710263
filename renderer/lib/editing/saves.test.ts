// All savers as one: the app's save status over the host's and each editor's, and one flush for exit.
import { describe, expect, it, vi } from 'vitest';
import type { SaveStatus } from './save-state.ts';
import { Saves, type Saver } from './saves.ts';

const status = (state: SaveStatus['state'], message: string | null = null): SaveStatus => ({ state, message });
const host = {
  state: 'saved' as const,
  message: null,
  path: '/ws',
  unreadable: [],
  revision: 0,
  judgesRevision: 0,
  notice: null,
};

describe('Saves', () => {
  const saver = (s: SaveStatus, unsaved = false): Saver => ({ status: s, unsaved, flush: vi.fn(async () => {}) });

  it('shows the host and every saver as one status, and flushes them all', async () => {
    const a = saver(status('saved'));
    const b = saver(status('retrying', 'disk full'), true);
    const saves = new Saves(() => host, [a, b]);
    expect(saves.status).toEqual(status('retrying', 'disk full'));
    expect(saves.unsaved).toBe(true);
    await saves.flush();
    expect(a.flush).toHaveBeenCalled();
    expect(b.flush).toHaveBeenCalled();
    expect(new Saves(() => null, [a]).status.state).toBe('connecting');
  });
});
