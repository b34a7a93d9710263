// Maps errors thrown by host services to API failures; unexpected errors keep a message but never a stack.
import { ApiError, type ApiFailure } from '../../common/api-result.ts';

const codeByName: Record<string, ApiFailure['code']> = {
  NotFoundError: 'not-found',
  ValidationError: 'bad-request',
  ConflictError: 'conflict',
  WorkspaceLockedError: 'locked',
  ReadOnlyError: 'read-only',
};

export function toFailure(error: unknown): ApiFailure {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof Error) {
    const code = codeByName[error.name] ?? codeByName[error.constructor.name] ?? 'internal';
    return { code, message: error.message || 'Something went wrong' };
  }
  return { code: 'internal', message: String(error) };
}
