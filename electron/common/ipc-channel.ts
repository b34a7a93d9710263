// The IPC channel name for an API operation, shared by preload and main so they cannot drift apart.
import type { ApiOp } from './api-ops.ts';

export const ipcChannel = (op: ApiOp) => `atlas:${op}`;
