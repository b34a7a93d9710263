// The workspace lock against real second processes opening the folder, stale locks and locks from other hosts.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startChild } from '../../../tests/fixtures/store/child-process.ts';
import { fullDiskLockFs } from '../../../tests/fixtures/store/full-disk.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { metaPaths } from '../folder/meta-folder.ts';
import { acquireLock, lockFileName } from './lock.ts';

// The bundled child script is shared by the tests in this file.
const scratch = mkdtempSync(join(tmpdir(), 'atlas-child-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function deadPid(): number {
  const result = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(result.stdout.toString());
}

/** A decision folder and where opening it keeps the lock (`.tradeoff-atlas/`). */
function folder(): { dir: string; lockDir: string } {
  const dir = tempDir();
  const lockDir = metaPaths(dir).root;
  mkdirSync(lockDir);
  return { dir, lockDir };
}

describe('acquireLock', () => {
  it('refuses this process while another process holds the workspace, naming it', async () => {
    const { dir, lockDir } = folder();
    const child = await startChild(scratch, dir);
    const line = await child.firstLine;
    expect(line).toMatch(/^opened \d+$/);
    const childPid = line.split(' ')[1];
    const refusal = acquireLock(lockDir);
    await expect(refusal).rejects.toMatchObject({ code: 'locked' });
    await expect(refusal).rejects.toThrow(`process ${childPid} on this computer`);
    await expect(refusal).rejects.toThrow(`delete ${join(lockDir, lockFileName)}`);
    child.process.stdin?.end();
    expect(await child.exited).toBe(0);
    expect(existsSync(join(lockDir, lockFileName))).toBe(false);
  });

  it('refuses a second process while this one holds the workspace', async () => {
    const { dir, lockDir } = folder();
    const lock = await acquireLock(lockDir);
    const child = await startChild(scratch, dir);
    expect(await child.firstLine).toMatch(new RegExp(`^refused locked: .*process ${process.pid} on this computer`));
    expect(await child.exited).toBe(3);
    lock.release();
  });

  it('is released when its process exits without closing', async () => {
    const { dir, lockDir } = folder();
    const child = await startChild(scratch, dir, 'exit');
    expect(await child.firstLine).toMatch(/^opened/);
    expect(await child.exited).toBe(0);
    expect(existsSync(join(lockDir, lockFileName))).toBe(false);
  });

  it('takes over the lock of a process that is gone', async () => {
    const dir = tempDir();
    const file = join(dir, lockFileName);
    writeFileSync(
      file,
      JSON.stringify({ pid: deadPid(), hostname: hostname(), startedAt: '2024-01-01T00:00:00.000Z' }),
    );
    const lock = await acquireLock(dir);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    lock.release();
    expect(existsSync(file)).toBe(false);
  });

  it('counts a lock from another host as live', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, lockFileName),
      JSON.stringify({ pid: deadPid(), hostname: 'elsewhere.invalid', startedAt: 'x' }),
    );
    await expect(acquireLock(dir)).rejects.toThrow('host "elsewhere.invalid"');
  });

  it('waits out an unreadable lock that is still being written, then takes it over', async () => {
    const dir = tempDir();
    const file = join(dir, lockFileName);
    writeFileSync(file, '');
    await expect(acquireLock(dir)).rejects.toThrow('a process that is still starting');
    utimesSync(file, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    (await acquireLock(dir)).release();
  });

  it('never removes a lock that is no longer its own', async () => {
    const dir = tempDir();
    const file = join(dir, lockFileName);
    const lock = await acquireLock(dir);
    writeFileSync(file, 'someone else');
    lock.release();
    expect(readFileSync(file, 'utf8')).toBe('someone else');
  });

  it('on a full disk removes the lock file it created, and the next open succeeds at once', async () => {
    const dir = tempDir();
    await expect(acquireLock(dir, undefined, fullDiskLockFs)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readdirSync(dir)).toEqual([]);
    (await acquireLock(dir)).release();
  });
});
