// The workspace's status as the contract states it, read on request and pushed to a listener on every change.
import type { ApiEvents, WorkspaceStatus } from '../../common/api.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';

type StatusSource = Pick<WorkspaceStore, 'status' | 'recovery' | 'dir' | 'subscribe'>;

export function workspaceStatus(store: StatusSource): WorkspaceStatus {
  return {
    state: store.status.state,
    message: store.status.message ?? store.recovery?.message ?? null,
    path: store.dir,
    recovered: store.recovery
      ? { movedTo: store.recovery.movedTo, newestBackup: store.recovery.newestBackup?.name ?? null }
      : null,
  };
}

/**
 * What the hosts push: the current status at once, then each one that differs from the last. The store reports
 * saving → saved (or error) for every write; a page needs each change once, not a poll.
 */
export function workspaceEvents(store: StatusSource): ApiEvents {
  return {
    onWorkspaceStatus(listener) {
      let last = '';
      return store.subscribe(() => {
        const status = workspaceStatus(store);
        const key = JSON.stringify(status);
        if (key === last) return;
        last = key;
        listener(status);
      });
    },
  };
}
