// Opens the workspace folder for a CLI command, calls it through the app's dispatcher, and always closes it (the lock goes).
import type { Api } from '../common/api.ts';
import { dispatchingApi } from '../node/api/dispatch.ts';
import { createHostApi } from '../node/api/host-api.ts';
import { openFolderWorkspace } from '../node/folder/open-workspace.ts';
import { workspaceFolder } from './workspace-folder.ts';

export async function withWorkspace<T>(dir: string | undefined, run: (api: Api) => Promise<T>): Promise<T> {
  // A command runs once and exits: watching the folder would only hold the process open.
  const ws = await openFolderWorkspace(await workspaceFolder(dir), { watch: false });
  try {
    const api = createHostApi(ws, { host: 'web', version: process.env['npm_package_version'] ?? '0.1.0' });
    return await run(dispatchingApi(api));
  } finally {
    await ws.close();
  }
}
