// Opens the workspace for a CLI command, calls it through the app's dispatcher, and always closes it (the lock goes).
import path from 'node:path';
import type { Api } from '../common/api.ts';
import { dispatchingApi } from '../node/api/dispatch.ts';
import { createHostApi } from '../node/api/host-api.ts';
import { defaultWorkspacePath } from '../node/store/workspace-document.ts';
import { openWorkspace } from '../node/store/workspace-store.ts';

export async function withWorkspace<T>(dir: string | undefined, run: (api: Api) => Promise<T>): Promise<T> {
  const store = await openWorkspace(path.resolve(dir ?? defaultWorkspacePath()));
  try {
    const api = createHostApi(store, { host: 'web', version: process.env['npm_package_version'] ?? '0.1.0' });
    return await run(dispatchingApi(api));
  } finally {
    await store.close();
  }
}
