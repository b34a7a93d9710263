// Server-Sent Events of the workspace's status: the page learns of each change as it happens, without polling.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiEvents } from '../common/api.ts';
import { withoutPaths } from '../common/errors.ts';
import { securityHeaders } from '../node/serving/security-headers.ts';

/** Served only after the checks every request passes: loopback Host and Origin, and the access token. */
export const workspaceStatusPath = '/events/workspace-status';

export function streamWorkspaceStatus(req: IncomingMessage, res: ServerResponse, events: ApiEvents): void {
  if (req.method !== 'GET') {
    res.writeHead(405, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    return void res.end('Use GET');
  }
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.flushHeaders();
  // The host sends the current status first, so a page that reconnects catches up, then every change.
  const stop = events.onWorkspaceStatus((status) => {
    const shown = { ...status, message: status.message === null ? null : withoutPaths(status.message) };
    res.write(`data: ${JSON.stringify(shown)}\n\n`);
  });
  res.once('close', stop);
}
