// The renderer's view of the API: the Electron preload bridge when present, otherwise HTTP to the web host.
import { apiOps, type Api, type ApiOp } from '../../../electron/common/api.ts';
import { ApiError, type ApiResult } from '../../../electron/common/api-result.ts';

type Invoke = (op: ApiOp, args: unknown[]) => Promise<ApiResult<unknown>>;

declare global {
  interface Window {
    /** Exposed by electron/preload: one named method per operation, each resolving to an ApiResult envelope. */
    atlas?: Record<ApiOp, (...args: unknown[]) => Promise<ApiResult<unknown>>>;
  }
}

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
    return {
      ok: false,
      error: {
        code: 'unavailable',
        message: 'The Tradeoff Atlas web host is not running. Start it again with npm run web.',
      },
    };
  }
  if (response.status === 401) {
    return {
      ok: false,
      error: { code: 'unavailable', message: 'This tab lost its access token. Open the URL the web host printed.' },
    };
  }
  return (await response.json()) as ApiResult<unknown>;
};

function createApi(): Api {
  const bridge = window.atlas;
  const invoke: Invoke = bridge ? (op, args) => bridge[op](...args) : overHttp;
  return Object.fromEntries(
    apiOps.map((op) => [
      op,
      async (...args: unknown[]) => {
        const result = await invoke(op, args);
        if (!result.ok) throw new ApiError(result.error.code, result.error.message);
        return result.value;
      },
    ]),
  ) as Api;
}

export const api: Api = createApi();
