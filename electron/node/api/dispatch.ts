// Validates an incoming call against the contract and runs it, turning every failure into a readable envelope.
import { apiArgs, type Api, type ApiOp } from '../../common/api.ts';
import { AppError, toAppError, type Result } from '../../common/errors.ts';

const isOp = (op: unknown): op is ApiOp => typeof op === 'string' && Object.hasOwn(apiArgs, op);

export async function dispatch(api: Api, op: unknown, args: unknown): Promise<Result<unknown>> {
  try {
    if (!isOp(op)) throw new AppError('bad-request', `Unknown operation ${String(op).slice(0, 64)}`);
    const parsed = apiArgs[op].safeParse(args);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'arguments'}: ${i.message}`).join('; ');
      throw new AppError('bad-request', `Invalid arguments for ${op}: ${detail}`);
    }
    const handler = api[op] as (...a: unknown[]) => Promise<unknown>;
    return { ok: true, value: await handler(...(parsed.data as unknown[])) };
  } catch (error) {
    const failure = toAppError(error);
    // A bug's details go to the host's own log (the terminal or Electron's console), never into the envelope.
    if (failure.code === 'internal') console.error(`${String(op)}:`, error);
    return { ok: false, error: failure.toData() };
  }
}
