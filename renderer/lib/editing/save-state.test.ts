// The save vocabulary: the host's status in the same words, and the most urgent of several statuses.
import { describe, expect, it } from 'vitest';
import type { WorkspaceStatus } from '../../../electron/common/api.ts';
import { hostSaveStatus, mostUrgent, saveWords, type SaveStatus } from './save-state.ts';

const host = (state: WorkspaceStatus['state'], message: string | null = null): WorkspaceStatus => ({
  state,
  message,
  path: '/ws',
  unreadable: [],
  revision: 0,
  judgesRevision: 0,
  notice: null,
});
const status = (state: SaveStatus['state'], message: string | null = null): SaveStatus => ({ state, message });

describe('save states', () => {
  it('reads the host status in the same words', () => {
    expect(hostSaveStatus(null)).toEqual(status('connecting'));
    expect(hostSaveStatus(host('saved', 'ignored'))).toEqual(status('saved'));
    expect(hostSaveStatus(host('error', 'disk full'))).toEqual(status('not-saved', 'disk full'));
    expect(saveWords[hostSaveStatus(host('read-only', 'locked')).state]).toBe('Read-only');
  });

  it('picks the most urgent status', () => {
    expect(mostUrgent([])).toEqual(status('saved'));
    expect(mostUrgent([status('saved'), status('unsaved'), status('connecting')]).state).toBe('unsaved');
    expect(mostUrgent([status('retrying', 'a'), status('not-saved', 'b')])).toEqual(status('not-saved', 'b'));
    expect(mostUrgent([status('not-saved', 'b'), status('conflict', 'c')])).toEqual(status('conflict', 'c'));
    expect(mostUrgent([status('conflict', 'c'), status('saving')]).state).toBe('saving');
    expect(mostUrgent([status('saving'), status('read-only', 'locked')])).toEqual(status('read-only', 'locked'));
  });
});
