// Typed errors of the workspace store, each with a message a user can act on.

/** Another live process holds the workspace lock. */
export class WorkspaceLockedError extends Error {
  override readonly name = 'WorkspaceLockedError';
  constructor(
    message: string,
    readonly lockFile: string,
  ) {
    super(message);
  }
}

/** The workspace was opened read-only (it comes from a newer version of the app). */
export class WorkspaceReadOnlyError extends Error {
  override readonly name = 'WorkspaceReadOnlyError';
}

/** Saving failed; the in-memory data and the previous file are intact. */
export class WorkspaceWriteError extends Error {
  override readonly name = 'WorkspaceWriteError';
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

/** A backup could not be restored (unknown name, or its content is unreadable). */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Says what went wrong while saving and what the user can do, by errno code. */
export function describeWriteFailure(file: string, error: unknown): string {
  const code = errorCode(error);
  const kept = 'Your changes are kept in memory and will be saved on the next edit.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Could not save ${file}: the disk is full. Free some space; ${kept}`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Could not save ${file}: permission denied. Check that the folder is writable, or open another workspace with --workspace DIR. ${kept}`;
    default:
      return `Could not save ${file}: ${error instanceof Error ? error.message : String(error)}. ${kept}`;
  }
}

/** A decision file changed on disk since it was read; nothing was written. */
export class RecordConflictError extends Error {
  override readonly name = 'RecordConflictError';
  constructor(
    readonly file: string,
    /** The file's text on disk now, or null when it was deleted. */
    readonly diskText: string | null,
  ) {
    super(
      diskText === null
        ? `${file} was deleted on disk after you opened it. Nothing was saved; choose whether to write it again.`
        : `${file} was changed on disk (by git or another editor) after you opened it. Nothing was saved; compare both versions and choose.`,
    );
  }
}
