// The renderer's view of the API: the Electron preload bridge when present, otherwise HTTP and SSE to the web host.
import type { Api, ApiEvents, WorkspaceStatus } from '../../../electron/common/api.ts';
import { apiOps, type ApiOp } from '../../../electron/common/api-ops.ts';
import { AppError, unwrap, type Result } from '../../../electron/common/errors.ts';

type Invoke = (op: ApiOp, args: unknown[]) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Exposed by electron/preload: a method per operation resolving to a Result envelope, and the status events. */
    atlas?: Record<ApiOp, (...args: unknown[]) => Promise<Result<unknown>>> & ApiEvents;
  }
}

const unavailable = (message: string): Result<never> => ({
  ok: false,
  error: new AppError('unavailable', message).toData(),
});

const overHttp: Invoke = async (op, args) => {
  let response: Response;
  try {
    response = await fetch(`api/${op}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(args),
      credentials: 'same-origin',
    });
  } catch {
    return unavailable('The Tradeoff Atlas web host is not running. Start it again with npm run web.');
  }
  if (response.status === 401) return unavailable('This tab lost its access token. Open the URL the web host printed.');
  return (await response.json()) as Result<unknown>;
};

/**
 * The web host's status events. EventSource reconnects by itself and the host then sends the current status; while
 * it cannot, one call says why (host stopped, token lost), shown as an error status.
 */
const statusOverSse: ApiEvents['onWorkspaceStatus'] = (listener) => {
  let last: WorkspaceStatus | null = null;
  const show = (status: WorkspaceStatus) => listener((last = status));
  const source = new EventSource('events/workspace-status');
  source.onmessage = (event: MessageEvent<string>) => show(JSON.parse(event.data) as WorkspaceStatus);
  source.onerror = () =>
    void overHttp('workspaceStatus', []).then((result) =>
      show(
        result.ok
          ? (result.value as WorkspaceStatus)
          : {
              state: 'error',
              message: result.error.message,
              path: last?.path ?? '',
              unreadable: last?.unreadable ?? [],
              revision: last?.revision ?? 0,
              judgesRevision: last?.judgesRevision ?? 0,
              notice: null,
            },
      ),
    );
  return () => source.close();
};

/** The API of the host this page runs in; created once, by the composition root (renderer/main.ts). */
export function createApi(): Api & ApiEvents {
  const bridge = window.atlas;
  const invoke: Invoke = bridge ? (op, args) => bridge[op](...args) : overHttp;
  const calls = Object.fromEntries(
    apiOps.map((op) => [op, async (...args: unknown[]) => unwrap(await invoke(op, args))]),
  ) as Api;
  return { ...calls, onWorkspaceStatus: bridge ? (listener) => bridge.onWorkspaceStatus(listener) : statusOverSse };
}
