// Registers one ipcMain handler per API operation; calls from anything but our own window's app:// page are refused.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { apiOps, type Api } from '../common/api.ts';
import { AppError } from '../common/errors.ts';
import { ipcChannel } from '../common/ipc-channel.ts';
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

export function registerIpc(api: Api, window: () => WebContents | null): void {
  for (const op of apiOps) {
    ipcMain.handle(ipcChannel(op), (event, ...args: unknown[]) =>
      trusted(event, window) ? dispatch(api, op, args) : { ok: false, error: refused.toData() },
    );
  }
}
