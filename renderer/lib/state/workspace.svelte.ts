// The workspace's status as reactive state: fetched once, then pushed by the host with each change; tells who asked
// when record files changed on disk outside the app.
import type { Api, ApiEvents, WorkspaceStatus } from '../../../electron/common/api.ts';

export type WorkspaceApi = Pick<Api, 'workspaceStatus'> & ApiEvents;

export class Workspace {
  status = $state<WorkspaceStatus | null>(null);
  readonly #api: WorkspaceApi;
  readonly #changed: (() => void)[] = [];
  readonly #judgesChanged: (() => void)[] = [];

  constructor(api: WorkspaceApi) {
    this.#api = api;
  }

  /** Calls `listener` each time the host's revision moves: git pull, another editor, a file added or deleted. */
  onDiskChange(listener: () => void): void {
    this.#changed.push(listener);
  }

  /** Calls `listener` each time a judge's file changes on disk outside the app (a teammate's ratings pulled in). */
  onJudgesChange(listener: () => void): void {
    this.#judgesChanged.push(listener);
  }

  /** Subscribes first, so no change is missed; the fetch only fills in until the first pushed status arrives. */
  connect(): void {
    let pushed = false;
    this.#api.onWorkspaceStatus((status) => {
      pushed = true;
      this.#set(status);
    });
    this.#api.workspaceStatus().then(
      (status) => {
        if (!pushed) this.#set(status);
      },
      (e: unknown) => {
        if (!pushed)
          this.#set({
            state: 'error',
            message: e instanceof Error ? e.message : String(e),
            path: '',
            unreadable: [],
            revision: this.status?.revision ?? 0,
            judgesRevision: this.status?.judgesRevision ?? 0,
            notice: null,
          });
      },
    );
  }

  #set(status: WorkspaceStatus): void {
    const before = this.status;
    this.status = status;
    if (!before) return;
    if (status.revision !== before.revision) for (const listener of this.#changed) listener();
    if (status.judgesRevision !== before.judgesRevision) for (const listener of this.#judgesChanged) listener();
  }
}
