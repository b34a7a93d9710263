// What the user reads when saving a document fails: what happened, by errno code, and that the change is kept.
import { AppError, errnoCode } from '../../common/errors.ts';

/** After a failed save the change stays in memory and goes out with the next save. */
const outcome = 'Your changes are kept in memory and will be saved on the next edit.';

export function writeFailure(file: string, error: unknown): AppError {
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
