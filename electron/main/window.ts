// The main window: sandboxed, context-isolated, no Node, loading the renderer from app://.
import { BrowserWindow, nativeTheme } from 'electron';
import path from 'node:path';
import { appOrigin } from './app-protocol.ts';

export function createMainWindow(distDir: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    title: 'Tradeoff Atlas',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#16191f' : '#ffffff',
    webPreferences: {
      preload: path.join(distDir, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
