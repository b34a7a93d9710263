// Opens the workspace for a CLI command and always closes it, so the lock is released even when the command fails.
import path from 'node:path';
import { createHostApi } from '../node/api/host-api.ts';
import type { Api } from '../common/api.ts';
import { defaultWorkspacePath } from '../node/store/workspace-document.ts';
import { openWorkspace } from '../node/store/workspace-store.ts';

export async function withWorkspace<T>(dir: string | undefined, run: (api: Api) => Promise<T>): Promise<T> {
  const store = await openWorkspace(path.resolve(dir ?? defaultWorkspacePath()));
  try {
    return await run(createHostApi(store, { host: 'web', version: process.env['npm_package_version'] ?? '0.1.0' }));
  } finally {
    await store.close();
  }
}
