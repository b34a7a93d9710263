// Electron main process: wires the window, app:// protocol, menu, dialogs and IPC to the host services.
import { app, dialog, type BrowserWindow } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { denyPermissions, hardenApp } from './hardening.ts';
import { registerIpc, sendWorkspaceStatus } from './ipc.ts';
import { installMenu } from './menu.ts';
import { OpenFolder } from './open-folder.ts';
import { createMainWindow } from './window.ts';

const distDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
let window: BrowserWindow | null = null;
let folder: OpenFolder | null = null;

function givenFolder(): string | null {
  const { values } = parseArgs({
    args: process.argv.slice(app.isPackaged ? 1 : 2),
    options: { workspace: { type: 'string' } },
    strict: false,
  });
  return typeof values.workspace === 'string' ? values.workspace : null;
}

async function pickFolder(title: string): Promise<string | null> {
  const options = {
    title,
    properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
  };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const chooseFolder = (purpose: 'export' | 'import') =>
  pickFolder(purpose === 'export' ? 'Export decisions to folder' : 'Import decisions from folder');

/** Opens another decision folder; on failure the current one stays open and the user is told why. */
async function switchTo(dir: string): Promise<void> {
  if (!folder) return;
  try {
    await folder.open(dir);
  } catch (error) {
    dialog.showErrorBox('Cannot open that decision folder', error instanceof Error ? error.message : String(error));
    return;
  }
  await refreshChrome();
  window?.webContents.reload();
}

/** The folder in the title bar and the recent folders in the menu. */
async function refreshChrome(): Promise<void> {
  if (!folder) return;
  window?.setTitle(`${path.basename(folder.dir ?? '')} — Tradeoff Atlas`);
  installMenu(() => window, {
    recent: await folder.recent.list(),
    openFolder: () =>
      void pickFolder('Open decision folder').then(async (dir) => {
        if (dir) await switchTo(dir);
      }),
    openRecent: (dir) => void switchTo(dir),
  });
}

async function start(): Promise<void> {
  serveRenderer(path.join(distDir, 'renderer'));
  denyPermissions();
  const contents = () => window?.webContents ?? null;
  folder = new OpenFolder({
    version: app.getVersion(),
    userData: app.getPath('userData'),
    chooseFolder,
    pushStatus: (status) => sendWorkspaceStatus(contents(), status),
  });
  try {
    await folder.open(await folder.initialFolder(givenFolder()));
  } catch (error) {
    dialog.showErrorBox(
      'Tradeoff Atlas cannot open its decision folder',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  const current = folder;
  registerIpc(() => current.api, contents);
  window = createMainWindow(distDir);
  window.on('closed', () => (window = null));
  // The title bar names the open folder, whatever the page calls itself.
  window.on('page-title-updated', (event) => event.preventDefault());
  await refreshChrome();
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
    if (!folder) return;
    // Release the folder's lock and watcher before the process ends.
    event.preventDefault();
    const closing = folder;
    folder = null;
    void closing.close().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
