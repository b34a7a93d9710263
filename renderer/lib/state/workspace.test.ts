// The workspace status: pushed statuses win over the first fetch, and a moved revision means "read the folder again".
import { describe, expect, it, vi } from 'vitest';
import type { WorkspaceStatus } from '../../../electron/common/api.ts';
import { Workspace } from './workspace.svelte.ts';

const status = (revision: number, state: WorkspaceStatus['state'] = 'saved'): WorkspaceStatus => ({
  state,
  message: null,
  path: '/repo/docs/decisions',
  unreadable: [],
  revision,
  judgesRevision: 0,
  notice: null,
});

function setup(fetched: Promise<WorkspaceStatus>) {
  let push: (s: WorkspaceStatus) => void = () => {};
  const workspace = new Workspace({
    workspaceStatus: () => fetched,
    onWorkspaceStatus: (listener) => {
      push = listener;
      return () => {};
    },
  });
  const changed = vi.fn();
  workspace.onDiskChange(changed);
  workspace.connect();
  return { workspace, changed, push: (s: WorkspaceStatus) => push(s) };
}

describe('Workspace', () => {
  it('tells listeners each time the revision moves, not when only the save state does', async () => {
    const { workspace, changed, push } = setup(Promise.resolve(status(0)));
    await vi.waitFor(() => expect(workspace.status?.revision).toBe(0));
    push(status(0, 'saving'));
    push(status(0));
    expect(changed).not.toHaveBeenCalled();
    push(status(1));
    push(status(3));
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('keeps a pushed status over a late fetch, and shows a failed fetch as an error', async () => {
    const late = setup(new Promise((resolve) => setTimeout(() => resolve(status(0)), 5)));
    late.push(status(4));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(late.workspace.status?.revision).toBe(4);
    const failed = setup(Promise.reject(new Error('host gone')));
    await vi.waitFor(() => expect(failed.workspace.status).toMatchObject({ state: 'error', message: 'host gone' }));
    expect(failed.changed).not.toHaveBeenCalled();
  });
});
