// An exclusive lock file so two processes never write one workspace; stale locks of dead processes are taken over.
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { readFile, rename, stat, unlink, link } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { AppError, errnoCode } from '../../common/errors.ts';

/** The calls that create the lock file; tests inject a full disk through it. */
export type LockFs = Pick<typeof nodeFs, 'open' | 'unlink'>;

export const lockFileName = 'workspace.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export interface WorkspaceLock {
  readonly file: string;
  readonly owner: LockOwner;
  /** Removes the lock if it is still ours; safe to call twice. */
  release(): void;
}

// A lock file is created empty and then written; give its creator this long before calling it stale.
const unreadableGraceMs = 5_000;

export async function acquireLock(
  dir: string,
  now: () => Date = () => new Date(),
  fs: LockFs = nodeFs,
): Promise<WorkspaceLock> {
  const file = join(dir, lockFileName);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: now().toISOString() };
  const text = JSON.stringify(owner);
  // Retries only when the lock vanished or was stale; a live holder ends the loop with an error.
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      await createLockFile(fs, file, text);
      return held(file, owner, text);
    } catch (error) {
      if (errnoCode(error) !== 'EEXIST') throw error;
    }
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current === null) continue;
    const holder = parseOwner(current);
    if (holder ? isAlive(holder) : await isFresh(file)) throw lockedError(dir, file, holder);
    await takeOver(file, current);
  }
  throw new AppError('locked', `Could not lock ${dir}: other processes keep taking ${file}. Try again.`);
}

/**
 * Creates the lock file with our owner in it. Should writing fail after the file exists (a full disk), the empty file
 * is removed: left behind, it would read as "a process that is still starting" and refuse every open for a while.
 */
async function createLockFile(fs: LockFs, file: string, text: string): Promise<void> {
  const handle = await fs.open(file, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.unlink(file).catch(() => undefined);
    throw error;
  }
  await handle.close();
}

function held(file: string, owner: LockOwner, text: string): WorkspaceLock {
  // Runs on normal exit; a process killed by a signal leaves a stale lock that the next open takes over.
  const release = () => {
    process.off('exit', release);
    try {
      if (readFileSync(file, 'utf8') === text) unlinkSync(file);
    } catch {
      // Already gone, or the folder went away: nothing is locked any more.
    }
  };
  process.on('exit', release);
  return { file, owner, release };
}

function parseOwner(text: string): LockOwner | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return null;
    const { pid, hostname: host, startedAt } = value as Record<string, unknown>;
    if (typeof pid !== 'number' || typeof host !== 'string' || typeof startedAt !== 'string') return null;
    return { pid, hostname: host, startedAt };
  } catch {
    return null;
  }
}

/** Only a process on this host can be checked; a lock from another host counts as live. */
export function isAlive(owner: LockOwner): boolean {
  if (owner.hostname !== hostname()) return true;
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return errnoCode(error) === 'EPERM';
  }
}

async function isFresh(file: string): Promise<boolean> {
  const info = await stat(file).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs < unreadableGraceMs;
}

/** Moves the stale lock aside; if it changed meanwhile (another process took it), puts it back. */
async function takeOver(file: string, staleText: string): Promise<void> {
  const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(file, aside);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  if ((await readFile(aside, 'utf8').catch(() => null)) !== staleText) {
    // link fails if a newer lock exists already, which is then the one that counts.
    await link(aside, file).catch(() => undefined);
  }
  await unlink(aside).catch(() => undefined);
}

function lockedError(dir: string, file: string, holder: LockOwner | null): AppError {
  const who = holder
    ? `process ${holder.pid} on ${holder.hostname === hostname() ? 'this computer' : `host "${holder.hostname}"`}, since ${holder.startedAt}`
    : 'a process that is still starting';
  return new AppError(
    'locked',
    `The workspace ${dir} is already open in another process (${who}). ` +
      `Close Tradeoff Atlas or the tradeoff-atlas command using it there, then try again. ` +
      `If that process is no longer running, delete ${file}.`,
  );
}
