// The only bridge into the sandboxed renderer: one named method per API operation and one subscription, never raw ipcRenderer.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { apiOps } from '../common/api-ops.ts';
import { ipcChannel, workspaceStatusChannel } from '../common/ipc-channel.ts';

const api = {
  ...Object.fromEntries(apiOps.map((op) => [op, (...args: unknown[]) => ipcRenderer.invoke(ipcChannel(op), ...args)])),
  /** Main pushes each workspace status change; the page gets the status alone, never the IPC event. */
  onWorkspaceStatus(listener: (status: unknown) => void): () => void {
    const forward = (_event: IpcRendererEvent, status: unknown) => listener(status);
    ipcRenderer.on(workspaceStatusChannel, forward);
    return () => void ipcRenderer.off(workspaceStatusChannel, forward);
  },
};

contextBridge.exposeInMainWorld('atlas', api);
