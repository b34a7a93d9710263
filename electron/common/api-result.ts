// The envelope every API call returns across IPC and HTTP, so errors arrive as data with a readable message.
export type ApiErrorCode =
  'bad-request' | 'not-found' | 'conflict' | 'locked' | 'read-only' | 'unavailable' | 'internal';

export interface ApiFailure {
  code: ApiErrorCode;
  message: string;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/** Thrown by clients when a call fails; `message` is written for the user. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
