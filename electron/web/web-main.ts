// `npm run web`: the same app in a browser, on a loopback port, for machines that cannot run Electron.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createFolderPolicy, limitToFolderPolicy } from '../node/api/folder-policy.ts';
import { createHostApi, workspaceEvents } from '../node/api/host-api.ts';
import { defaultWorkspacePath, findWorkspace } from '../node/folder/find-workspace.ts';
import { openFolderWorkspace } from '../node/folder/open-workspace.ts';
import { startWebHost } from './server.ts';

const usage = 'Usage: npm run web -- [--port N] [--workspace DIR] [--allow DIR]... [--no-open]';

function openBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => process.stderr.write(`Open ${url} in your browser.\n`));
  child.unref();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      workspace: { type: 'string' },
      allow: { type: 'string', multiple: true, default: [] },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return void process.stdout.write(`${usage}\n`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a number from 0 to 65535. ${usage}`);

  // Like adr-tools: the given folder, else the one this directory's repository keeps its records in, else ours.
  const workspace = path.resolve(values.workspace ?? (await findWorkspace(process.cwd())) ?? defaultWorkspacePath());
  await mkdir(workspace, { recursive: true });
  // Before the workspace is opened (and locked): a mistyped --allow stops the launch with nothing to undo.
  const folders = await createFolderPolicy(workspace, values.allow);
  const store = await openFolderWorkspace(workspace);
  // The page types folder paths, so they are held to the workspace and the --allow folders.
  const api = limitToFolderPolicy(
    createHostApi(store, { host: 'web', version: process.env['npm_package_version'] ?? '0.1.0' }),
    folders,
  );
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url));
  const host = await startWebHost({ rendererDir, api, events: workspaceEvents(store), port });

  // The first line is the contract: scripts and tests read the URL (token included) from it.
  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`Tradeoff Atlas web host on ${host.url}\nWorkspace: ${store.dir}\nPress Ctrl+C to stop.\n`);
  if (!values['no-open']) openBrowser(host.url);

  const stop = async () => {
    await host.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`tradeoff-atlas web: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
