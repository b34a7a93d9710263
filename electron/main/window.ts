// The main window: sandboxed, context-isolated, no Node, loading the renderer from app://.
import { BrowserWindow, nativeTheme } from 'electron';
import path from 'node:path';
import { appOrigin } from './app-protocol.ts';

/** Lets the page save edits still waiting for their autosave delay before the window goes (at most 3 s). */
function flushBeforeClose(window: BrowserWindow): void {
  let flushed = false;
  window.on('close', (event) => {
    if (flushed) return;
    event.preventDefault();
    flushed = true;
    // A fixed, app-authored call into our own page; nothing from the page reaches main this way.
    const flush = window.webContents.executeJavaScript('window.__atlasFlush?.()').catch(() => undefined);
    const timeout = new Promise((resolve) => setTimeout(resolve, 3000));
    void Promise.race([flush, timeout]).then(() => window.destroy());
  });
}

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
  flushBeforeClose(window);
  void window.loadURL(`${appOrigin}/index.html`);
  return window;
}
