// What the user reads when writing a record fails: what happened, by errno code, and what happened to the change.
import { AppError, errnoCode } from '../../common/errors.ts';

/** After a failed record write: nothing on disk changed, and the editor keeps the edit. */
const keptInEditor = 'Nothing was written; your edit is kept in the editor.';

export function writeFailure(file: string, error: unknown, outcome: string = keptInEditor): AppError {
  const code = error instanceof AppError ? error.code : 'io';
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError(code, `Could not save ${file}: the disk is full. Free some space; ${outcome}`, {
        cause: error,
      });
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError(
        code,
        `Could not save ${file}: permission denied. Check that the folder is writable, or open another workspace with --workspace DIR. ${outcome}`,
        { cause: error },
      );
    default:
      return new AppError(
        code,
        `Could not save ${file}: ${error instanceof Error ? error.message : String(error)}. ${outcome}`,
        { cause: error },
      );
  }
}
