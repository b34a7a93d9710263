// The one error model of the core, the hosts and the renderer: a closed set of codes and a message for the user.

/** What went wrong, as a caller can act on it; the message says the rest. */
export type ErrorCode =
  /** The request is wrong: arguments the contract refuses, or a rule the change would break. */
  | 'bad-request'
  /** The record, backup, file or folder it names does not exist. */
  | 'not-found'
  /** It collides with what the workspace already holds. */
  | 'conflict'
  /** Another process has the workspace open. */
  | 'locked'
  /** The workspace cannot be changed: it comes from a newer version, or it was closed. */
  | 'read-only'
  /** A file or folder could not be read or written (permission, full disk…). */
  | 'io'
  /** This host cannot do it (no folder picker), or cannot be reached. */
  | 'unavailable'
  /** A bug: the details go to the host's log, never to the page. */
  | 'internal';

/** What crosses IPC and HTTP: plain data, no stack, no cause. */
export interface ErrorData {
  code: ErrorCode;
  message: string;
}

/** The envelope every API call returns, so a failure arrives as data with a readable message. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorData };

// Marks an AppError whichever copy of this module made it: the command line's entry and its commands are bundled
// apart (build/bundle-node.js), each with its own AppError class, and a command's error must still read as one.
const appErrorBrand = Symbol.for('tradeoff-atlas.AppError');

export class AppError extends Error {
  override readonly name = 'AppError';
  readonly [appErrorBrand] = true;
  constructor(
    readonly code: ErrorCode,
    /** What happened and what to do about it, written for the person using the app. */
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return (
      typeof value === 'object' && value !== null && (value as { [appErrorBrand]?: unknown })[appErrorBrand] === true
    );
  }

  toData(): ErrorData {
    return { code: this.code, message: this.message };
  }
}

/** The value of a result, or its failure thrown as an AppError: how clients turn an envelope back into a call. */
export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new AppError(result.error.code, result.error.message);
  return result.value;
}

/** A schema's complaints as one sentence, e.g. "Decision 3 is not valid — date: dates are YYYY-MM-DD." */
export function invalid(what: string, issues: readonly { path: readonly PropertyKey[]; message: string }[]): AppError {
  const text = issues.map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message));
  return new AppError('bad-request', `${what} is not valid — ${text.join('; ')}.`);
}

/** The errno code ("ENOENT"…) of a Node system error, if it is one. */
export function errnoCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

const systemErrors: Readonly<Record<string, [ErrorCode, string]>> = {
  ENOENT: ['not-found', 'no such file or folder'],
  ENOTDIR: ['bad-request', 'not a folder'],
  EISDIR: ['bad-request', 'a folder, not a file'],
  // mkdir where a file of that name stands (a workspace given as a file's path), or a write that must not replace.
  EEXIST: ['conflict', 'a file of that name is already there'],
  EACCES: ['io', 'permission denied'],
  EPERM: ['io', 'permission denied'],
  EROFS: ['io', 'the disk is read-only'],
  ENOSPC: ['io', 'the disk is full'],
  EDQUOT: ['io', 'the disk quota is used up'],
};

/** Any thrown value as an AppError: file-system errors name their path, anything else is a bug. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const known = systemErrors[errnoCode(error) ?? ''];
  const path = (error as { path?: unknown } | null)?.path;
  if (known && typeof path === 'string') return new AppError(known[0], `${path}: ${known[1]}.`, { cause: error });
  const what = error instanceof Error ? error.message : String(error);
  return new AppError(
    'internal',
    `Something unexpected went wrong (${what}). Try again; if it keeps happening, report it with the host's log.`,
    { cause: error },
  );
}

// An absolute POSIX or Windows path that starts a word; what follows its last separator is kept.
const absolutePath = /(?<=^|[\s'"“‘(<[])(?:[A-Za-z]:[\\/]|\/)(?:[^\s'"”’)>\]\\/]+[\\/])*([^\s'"”’)>\]\\/]*)/g;

/** The message with each absolute path cut to its last part, for pages that must not learn the folder layout. */
export function withoutPaths(message: string): string {
  return message.replace(absolutePath, (whole, last: string) => last || whole);
}
