// The application menu: standard edit/view roles plus history and the command palette, with their shortcuts.
import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

const send = (window: () => BrowserWindow | null, script: string) => () => {
  // Runs a fixed, app-authored script in our own page; no user input reaches it.
  void window()?.webContents.executeJavaScript(script);
};

/** The renderer handles these keys itself; the menu only shows them, so one key press acts once. */
const shown = (accelerator: string) => ({ accelerator, registerAccelerator: false });

export interface FolderMenu {
  recent: string[];
  openFolder: () => void;
  openRecent: (dir: string) => void;
}

export function installMenu(window: () => BrowserWindow | null, folders: FolderMenu): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Decision Folder…', accelerator: 'CmdOrCtrl+O', click: folders.openFolder },
        {
          label: 'Open Recent',
          enabled: folders.recent.length > 0,
          submenu: folders.recent.map((dir) => ({ label: dir, click: () => folders.openRecent(dir) })),
        },
        { type: 'separator' },
        // The page prints through the browser's own dialog, after switching a decision to its preview (beforeprint).
        { label: 'Print…', accelerator: 'CmdOrCtrl+P', click: send(window, 'print()') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'Go',
      submenu: [
        { label: 'Back', ...shown('Alt+Left'), click: send(window, 'history.back()') },
        { label: 'Forward', ...shown('Alt+Right'), click: send(window, 'history.forward()') },
        { type: 'separator' },
        {
          label: 'Catalogue',
          ...shown('CmdOrCtrl+1'),
          click: send(window, "location.hash = '#/catalog/kind/challenge'"),
        },
        { label: 'Maps', ...shown('CmdOrCtrl+2'), click: send(window, "location.hash = '#/maps/stages'") },
        { label: 'Tradeoffs', ...shown('CmdOrCtrl+3'), click: send(window, "location.hash = '#/tradeoffs/matrix'") },
        { label: 'Decisions', ...shown('CmdOrCtrl+4'), click: send(window, "location.hash = '#/decisions'") },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
