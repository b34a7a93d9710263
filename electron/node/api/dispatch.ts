// Validates an incoming call against the contract and runs it, turning every failure into a readable envelope.
import { apiArgs, type Api, type ApiOp } from '../../common/api.ts';
import { ApiError, type ApiResult } from '../../common/api-result.ts';
import { toFailure } from './errors.ts';

const isOp = (op: unknown): op is ApiOp => typeof op === 'string' && Object.hasOwn(apiArgs, op);

export async function dispatch(api: Api, op: unknown, args: unknown): Promise<ApiResult<unknown>> {
  if (!isOp(op))
    return { ok: false, error: { code: 'bad-request', message: `Unknown operation ${String(op).slice(0, 64)}` } };
  const parsed = apiArgs[op].safeParse(args);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
    return { ok: false, error: { code: 'bad-request', message: `Invalid arguments for ${op}: ${detail}` } };
  }
  try {
    const handler = api[op] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...(parsed.data as unknown[])) };
  } catch (error) {
    return { ok: false, error: toFailure(error) };
  }
}

export { ApiError };
