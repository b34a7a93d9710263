// The workspace's status as reactive state: fetched once, then pushed by the host with each change.
import type { WorkspaceStatus } from '../../../electron/common/api.ts';
import { api } from '../api/client.ts';

export class Workspace {
  status = $state<WorkspaceStatus | null>(null);

  /** Subscribes first, so no change is missed; the fetch only fills in until the first pushed status arrives. */
  connect(): void {
    let pushed = false;
    api.onWorkspaceStatus((status) => {
      pushed = true;
      this.status = status;
    });
    api.workspaceStatus().then(
      (status) => {
        if (!pushed) this.status = status;
      },
      (e: unknown) => {
        if (!pushed)
          this.status = {
            state: 'error',
            message: e instanceof Error ? e.message : String(e),
            path: '',
            recovered: null,
          };
      },
    );
  }
}
