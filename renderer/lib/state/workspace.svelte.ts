// The workspace's status as reactive state, refreshed after every change and on a slow poll.
import type { WorkspaceStatus } from '../../../electron/common/api.ts';
import { api } from '../api/client.ts';

export class Workspace {
  status = $state<WorkspaceStatus | null>(null);
  error = $state<string | null>(null);

  async refresh(): Promise<void> {
    try {
      this.status = await api.workspaceStatus();
      this.error = null;
    } catch (e) {
      this.error = e instanceof Error ? e.message : String(e);
      this.status = { state: 'error', message: this.error, path: this.status?.path ?? '', recovered: null };
    }
  }
}
