// Opens the workspace for a CLI command and always closes it, so the lock is released even when the command fails.
import path from 'node:path';
import { createHostApi } from '../api/host-api.ts';
import type { Api } from '../../shared/api.ts';
import { defaultWorkspacePath } from '../store/workspace-document.ts';
import { openWorkspace } from '../store/workspace-store.ts';

export async function withWorkspace<T>(dir: string | undefined, run: (api: Api) => Promise<T>): Promise<T> {
  const store = await openWorkspace(path.resolve(dir ?? defaultWorkspacePath()));
  try {
    return await run(createHostApi(store, { host: 'web', version: process.env['npm_package_version'] ?? '0.1.0' }));
  } finally {
    await store.close();
  }
}
