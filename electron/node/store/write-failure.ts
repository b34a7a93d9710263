// What the user reads when writing a record or opening a workspace fails: what happened, by errno code, and what to do.
import { AppError, errnoCode } from '../../common/errors.ts';

/** After a failed record write: nothing on disk changed, and the editor keeps the edit. */
const keptInEditor = 'Nothing was written; your edit is kept in the editor.';

/** What went wrong, in the words that follow "Could not … :", each with what the user can do about it. */
function problemOf(error: unknown, advice: { full: string; denied: string }): string {
  switch (errnoCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full. ${advice.full}`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `permission denied. ${advice.denied}`;
    default:
      return `${error instanceof Error ? error.message : String(error)}.`;
  }
}

export function writeFailure(file: string, error: unknown, outcome: string = keptInEditor): AppError {
  const code = error instanceof AppError ? error.code : 'io';
  const problem = problemOf(error, {
    full: 'Free some space;',
    denied: 'Check that the folder is writable, or open another workspace with --workspace DIR.',
  });
  return new AppError(code, `Could not save ${file}: ${problem} ${outcome}`, { cause: error });
}

/** After a failed open, which removes what it created: the folder is as it was. */
export function openFailure(dir: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  const problem = problemOf(error, {
    full: 'Free some space on that disk (empty the trash, remove large files), then open the folder again.',
    denied: 'Check that the folder is writable, or open another one.',
  });
  return new AppError('io', `Could not open the workspace ${dir}: ${problem} Nothing in the folder was changed.`, {
    cause: error,
  });
}
