// Registers one ipcMain handler per API operation; calls from anything but our own window's app:// page are refused.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { apiOps, type Api } from '../common/api.ts';
import { ipcChannel } from '../common/ipc-channel.ts';
import { dispatch } from '../node/api/dispatch.ts';
import { appOrigin } from './app-protocol.ts';
import { isTrustedSender } from './sender-policy.ts';

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
    ipcMain.handle(ipcChannel(op), (event, ...args: unknown[]) => {
      if (!trusted(event, window)) {
        return {
          ok: false,
          error: { code: 'bad-request', message: 'Refused: the call did not come from the Tradeoff Atlas window.' },
        };
      }
      return dispatch(api, op, args);
    });
  }
}
