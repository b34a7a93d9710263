// The Electron security checklist applied app-wide: no navigation, no new windows, no webviews, no permissions.
import { app, BrowserWindow, dialog, session, shell, type WebContents } from 'electron';
import { appOrigin } from './app-protocol.ts';
import { isWebAddress, openExternalLink } from './external-link.ts';
import { isAppUrl } from './sender-policy.ts';

export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (isAppUrl(url, appOrigin)) return;
      event.preventDefault();
      if (isWebAddress(url)) askToOpen(contents, url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url, appOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      // Links to the web open in the user's browser, never inside the app, and only once the user has seen where.
      askToOpen(contents, url);
      return { action: 'deny' };
    });
  });
}

function askToOpen(contents: WebContents, url: string): void {
  const window = BrowserWindow.fromWebContents(contents);
  void openExternalLink(url, {
    ask: async (prompt) =>
      (await (window ? dialog.showMessageBox(window, { type: 'question', ...prompt }) : dialog.showMessageBox(prompt)))
        .response,
    open: (address) => shell.openExternal(address),
  });
}

export function denyPermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}
