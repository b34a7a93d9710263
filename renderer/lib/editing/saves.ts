// Everything that saves, seen as one: the app's save status (the host's and each editor's) and one flush for exit.
import type { WorkspaceStatus } from '../../../electron/common/api.ts';
import { hostSaveStatus, mostUrgent, type SaveStatus } from './save-state.ts';

/** An editor's autosave, as the app sees it. */
export interface Saver {
  readonly status: SaveStatus;
  readonly unsaved: boolean;
  flush(): Promise<void>;
}

export class Saves {
  readonly #host: () => WorkspaceStatus | null;
  readonly #savers: readonly Saver[];

  constructor(host: () => WorkspaceStatus | null, savers: readonly Saver[]) {
    this.#host = host;
    this.#savers = savers;
  }

  /** The status that matters most; reactive wherever the host status and the savers' are. */
  get status(): SaveStatus {
    return mostUrgent([hostSaveStatus(this.#host()), ...this.#savers.map((s) => s.status)]);
  }

  get unsaved(): boolean {
    return this.#savers.some((s) => s.unsaved);
  }

  async flush(): Promise<void> {
    await Promise.all(this.#savers.map((s) => s.flush()));
  }
}
