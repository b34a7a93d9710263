// Main's IPC: each operation through the shared dispatcher, for our own app:// window only; status pushed to it.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { apiOps, type Api, type WorkspaceStatus } from '../common/api.ts';
import { AppError } from '../common/errors.ts';
import { ipcChannel, workspaceStatusChannel } from '../common/ipc-channel.ts';
import { dispatch } from '../node/api/dispatch.ts';
import { appOrigin } from './app-protocol.ts';
import { isTrustedSender } from './sender-policy.ts';

const refused = new AppError('bad-request', 'Refused: the call did not come from the Tradeoff Atlas window.');

function trusted(event: IpcMainInvokeEvent, window: () => WebContents | null): boolean {
  const frame = event.senderFrame;
  return isTrustedSender(
    {
      fromOurWindow: event.sender === window(),
      fromMainFrame: frame !== null && frame === event.sender.mainFrame,
      frameUrl: frame?.url ?? null,
    },
    appOrigin,
  );
}

/** `api` is read per call, so opening another folder swaps the API without registering the handlers again. */
export function registerIpc(api: () => Api, window: () => WebContents | null): void {
  for (const op of apiOps) {
    ipcMain.handle(ipcChannel(op), (event, ...args: unknown[]) =>
      trusted(event, window) ? dispatch(api(), op, args) : { ok: false, error: refused.toData() },
    );
  }
}

/** Sends a status to our window's page; the renderer fetches the status once on start, so none is missed. */
export function sendWorkspaceStatus(window: WebContents | null, status: WorkspaceStatus): void {
  if (window && !window.isDestroyed()) window.send(workspaceStatusChannel, status);
}
