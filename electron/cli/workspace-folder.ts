// Which folder a command works on; apart from opening it, so a command that only reads files loads no more.
import path from 'node:path';
import { defaultWorkspacePath, findWorkspace } from '../node/folder/find-workspace.ts';

/** The folder a command works on: --workspace, else the one adr-tools would find from here, else the default. */
export async function workspaceFolder(dir: string | undefined): Promise<string> {
  return path.resolve(dir ?? (await findWorkspace(process.cwd())) ?? defaultWorkspacePath());
}
