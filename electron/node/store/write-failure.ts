// What the user reads when saving a document fails: what happened, by errno code, and what happens to the change.
import { AppError, errnoCode } from '../../common/errors.ts';

/** After a failed save by update(): the change stays in memory and goes out with the next save. */
export const keptInMemory = 'Your changes are kept in memory and will be saved on the next edit.';
/** After a failed transaction: the change was undone. */
export const nothingChanged = 'Nothing was changed; try again once that is fixed.';

export function writeFailure(file: string, error: unknown, outcome: string = keptInMemory): AppError {
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
