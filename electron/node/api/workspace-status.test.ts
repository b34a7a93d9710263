// The core pushes the workspace's status as it changes: saving then saved on a write, error with what to do on a failure.
import * as fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { WorkspaceStatus } from '../../common/api.ts';
import type { DurableFs } from '../store/durable-file.ts';
import { openWorkspace } from '../store/workspace-store.ts';
import { workspaceEvents } from './workspace-status.ts';

describe('workspaceEvents', () => {
  it('sends the current status, then each change a save brings, once', async () => {
    let full = false;
    const flaky: DurableFs = {
      ...fs,
      rename: async (from, to) => {
        if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return fs.rename(from, to);
      },
    };
    const dir = tempDir();
    const store = await openWorkspace(dir, { fs: flaky });
    const seen: WorkspaceStatus[] = [];
    const stop = workspaceEvents(store).onWorkspaceStatus((status) => seen.push(status));
    expect(seen).toEqual([{ state: 'saved', message: null, path: dir, recovered: null }]);

    await store.update((doc) => void (doc.settings['theme'] = 'dark'));
    expect(seen.map((s) => s.state)).toEqual(['saved', 'saving', 'saved']);

    full = true;
    await expect(store.update((doc) => void (doc.settings['theme'] = 'light'))).rejects.toThrow();
    expect(seen.slice(3).map((s) => s.state)).toEqual(['saving', 'error']);
    expect(seen.at(-1)?.message).toMatch(/the disk is full\. Free some space/);

    stop();
    full = false;
    await store.close();
    expect(seen).toHaveLength(5);
  });
});
