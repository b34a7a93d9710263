// The desktop's open decision folder: the first run's folder in the app's data, "Open Decision Folder…", recent folders.
import path from 'node:path';
import type { Api } from '../common/api.ts';
import { createHostApi, workspaceEvents } from '../node/api/host-api.ts';
import type { FolderWorkspace } from '../node/folder/folder-workspace.ts';
import { openFolderWorkspace } from '../node/folder/open-workspace.ts';
import { RecentFolders } from '../node/folder/recent-folders.ts';
import { limitToPickedFolders } from '../node/api/picked-folders.ts';

export interface FolderHostOptions {
  version: string;
  userData: string;
  chooseFolder: (purpose: 'export' | 'import') => Promise<string | null>;
  /** Called with each status of the open folder, to push it to the page. */
  pushStatus: (status: ReturnType<FolderWorkspace['status']>) => void;
}

export class OpenFolder {
  readonly recent: RecentFolders;
  readonly #options: FolderHostOptions;
  #workspace: FolderWorkspace | null = null;
  #api: Api | null = null;
  #unsubscribe: (() => void) | null = null;

  constructor(options: FolderHostOptions) {
    this.#options = options;
    this.recent = new RecentFolders(path.join(options.userData, 'recent-folders.json'));
  }

  /** Where the app starts: the folder given on the command line, else the last one opened, else its own. */
  async initialFolder(given: string | null): Promise<string> {
    if (given) return path.resolve(given);
    return (await this.recent.list())[0] ?? path.join(this.#options.userData, 'decisions');
  }

  get api(): Api {
    if (!this.#api) throw new Error('No decision folder is open.');
    return this.#api;
  }

  get dir(): string | null {
    return this.#workspace?.dir ?? null;
  }

  /** Opens `dir` (the previous folder is closed only once the new one opened, so a failure keeps it). */
  async open(dir: string): Promise<void> {
    const next = await openFolderWorkspace(dir);
    await this.close();
    this.#workspace = next;
    const api = createHostApi(next, {
      host: 'electron',
      version: this.#options.version,
      chooseFolder: this.#options.chooseFolder,
    });
    this.#api = limitToPickedFolders(api, this.#options.chooseFolder);
    this.#unsubscribe = workspaceEvents(next).onWorkspaceStatus(this.#options.pushStatus);
    await this.recent.add(next.dir);
  }

  async close(): Promise<void> {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    const closing = this.#workspace;
    this.#workspace = null;
    this.#api = null;
    await closing?.close();
  }
}
