// The one boundary every host calls through: validates a call against the contract, runs it, and returns an envelope.
import { apiArgs, apiOps, type Api, type ApiOp } from '../../common/api.ts';
import { AppError, invalid, toAppError, unwrap, type Result } from '../../common/errors.ts';

const isOp = (op: unknown): op is ApiOp => typeof op === 'string' && Object.hasOwn(apiArgs, op);

/**
 * The arguments as JSON would carry them. IPC's structured clone also keeps undefined, NaN and class instances;
 * reading every call as JSON gives each transport the same values, so a field sent as undefined changes nothing.
 */
function asJson(args: unknown): unknown {
  try {
    return JSON.parse(JSON.stringify(args ?? null)) as unknown;
  } catch {
    return null;
  }
}

/** Handlers get arguments already checked here; services check only what depends on the workspace's contents. */
export async function dispatch(api: Api, op: unknown, args: unknown): Promise<Result<unknown>> {
  try {
    if (!isOp(op)) throw new AppError('bad-request', `Unknown operation ${String(op).slice(0, 64)}`);
    const parsed = apiArgs[op].safeParse(asJson(args));
    // Issue paths start with the argument's index, which says nothing to a reader.
    if (!parsed.success)
      throw invalid(
        `The call to ${op}`,
        parsed.error.issues.map((i) => ({ ...i, path: typeof i.path[0] === 'number' ? i.path.slice(1) : i.path })),
      );
    const handler = api[op] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...(parsed.data as unknown[])) };
  } catch (error) {
    const failure = toAppError(error);
    // A bug's details go to the host's own log (the terminal or Electron's console), never into the envelope.
    if (failure.code === 'internal') console.error(`${String(op)}:`, error);
    return { ok: false, error: failure.toData() };
  }
}

/** The API as a caller inside the host sees it (the CLI): every call through dispatch, failures thrown as AppError. */
export function dispatchingApi(api: Api): Api {
  return Object.fromEntries(
    apiOps.map((op) => [op, async (...args: unknown[]) => unwrap(await dispatch(api, op, args))]),
  ) as Api;
}
