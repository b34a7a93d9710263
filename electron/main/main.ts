// Electron main process: wires the window, app:// protocol, menu, dialogs and IPC to the host services.
import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createHostApi } from '../node/api/host-api.ts';
import { limitToPickedFolders } from '../node/api/picked-folders.ts';
import { workspaceEvents } from '../node/api/workspace-status.ts';
import { openWorkspace } from '../node/store/workspace-store.ts';
import type { WorkspaceStore } from '../node/store/workspace-store.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { denyPermissions, hardenApp } from './hardening.ts';
import { pushWorkspaceStatus, registerIpc } from './ipc.ts';
import { installMenu } from './menu.ts';
import { createMainWindow } from './window.ts';

const distDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
let window: BrowserWindow | null = null;
let store: WorkspaceStore | null = null;

function workspaceDir(): string {
  const { values } = parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { workspace: { type: 'string' } },
    strict: false,
  });
  return typeof values.workspace === 'string'
    ? path.resolve(values.workspace)
    : path.join(app.getPath('userData'), 'workspace');
}

async function chooseFolder(purpose: 'export' | 'import'): Promise<string | null> {
  const options = {
    title: purpose === 'export' ? 'Export decisions to folder' : 'Import decisions from folder',
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function start(): Promise<void> {
  serveRenderer(path.join(distDir, 'renderer'));
  denyPermissions();
  try {
    store = await openWorkspace(workspaceDir());
  } catch (error) {
    dialog.showErrorBox(
      'Tradeoff Atlas cannot open its workspace',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  const api = createHostApi(store, { host: 'electron', version: app.getVersion(), chooseFolder });
  const contents = () => window?.webContents ?? null;
  registerIpc(limitToPickedFolders(api, chooseFolder), contents);
  pushWorkspaceStatus(workspaceEvents(store), contents);
  installMenu(() => window);
  window = createMainWindow(distDir);
  window.on('closed', () => (window = null));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  hardenApp();
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (!store) return;
    // Flush the last save and release the workspace lock before the process ends.
    event.preventDefault();
    const closing = store;
    store = null;
    void closing.close().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
