// The renderer's view of the API: the Electron preload bridge when present, otherwise HTTP to the web host.
import { apiOps, type Api, type ApiOp } from '../../../electron/common/api.ts';
import { AppError, unwrap, type Result } from '../../../electron/common/errors.ts';

type Invoke = (op: ApiOp, args: unknown[]) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Exposed by electron/preload: one named method per operation, each resolving to a Result envelope. */
    atlas?: Record<ApiOp, (...args: unknown[]) => Promise<Result<unknown>>>;
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

function createApi(): Api {
  const bridge = window.atlas;
  const invoke: Invoke = bridge ? (op, args) => bridge[op](...args) : overHttp;
  return Object.fromEntries(
    apiOps.map((op) => [op, async (...args: unknown[]) => unwrap(await invoke(op, args))]),
  ) as Api;
}

export const api: Api = createApi();
