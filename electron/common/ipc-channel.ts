// The IPC channel names, shared by preload and main so they cannot drift apart.
import type { ApiOp } from './api-ops.ts';

/** Renderer → main: one channel per API operation. */
export const ipcChannel = (op: ApiOp) => `atlas:${op}`;

/** Main → renderer: each change of the workspace's status. */
export const workspaceStatusChannel = 'atlas:workspace-status';
