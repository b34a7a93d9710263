// The only bridge into the sandboxed renderer: one named method per API operation, never raw ipcRenderer.
import { contextBridge, ipcRenderer } from 'electron';
import { apiOps } from '../common/api-ops.ts';
import { ipcChannel } from '../common/ipc-channel.ts';

const api = Object.fromEntries(
  apiOps.map((op) => [op, (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(op), ...args)]),
);

contextBridge.exposeInMainWorld('atlas', api);
