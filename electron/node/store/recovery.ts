// What the store does and says when a file cannot be used as it is: move it aside, or open it read-only.
import { access, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from './backups.ts';

/** Set when the file could not be read and was moved aside; the store then starts empty. */
export interface Recovery {
  message: string;
  movedTo: string;
  newestBackup: BackupInfo | null;
}

/** Renames `file` to `<name>.corrupt-<stamp>.json` beside it, never over an earlier one. Call under the lock. */
export async function moveAside(file: string, stamp: string): Promise<string> {
  const base = basename(file).replace(/\.json$/, '');
  for (let n = 0; ; n++) {
    const target = join(dirname(file), `${base}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}.json`);
    // rename() would replace an existing target silently; the lock keeps check-then-rename race-free.
    const taken = await access(target).then(
      () => true,
      () => false,
    );
    if (taken) continue;
    await rename(file, target);
    return target;
  }
}

export function recovered(file: string, reason: string, movedTo: string, newestBackup: BackupInfo | null): Recovery {
  const offer = newestBackup
    ? `The newest backup is ${newestBackup.name} (taken ${newestBackup.takenAt}); restore it to continue from there.`
    : 'There is no backup to restore.';
  return {
    movedTo,
    newestBackup,
    message: `${file} could not be read because ${reason}. It was moved to ${movedTo}, untouched, and you are now in an empty workspace. ${offer}`,
  };
}

export function newerVersionMessage(file: string, version: number, understood: number, shown: boolean): string {
  return (
    `${file} was written by a newer version of Tradeoff Atlas (schema ${version}; this version understands ${understood}). ` +
    `${shown ? 'Its content is shown' : 'Its content cannot be shown by this version'}, read-only, and the file will not be changed. ` +
    'Update Tradeoff Atlas to edit it.'
  );
}
