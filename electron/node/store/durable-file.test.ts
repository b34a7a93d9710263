// The durable adapter on the real disk, including injected failures that must leave the old file intact.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DurableTextFile, removeStaleTempFiles, type DurableFs } from './durable-file.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';

const failing = (call: 'open' | 'rename', code: string): DurableFs => ({
  ...fs,
  [call]: async () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  },
});

describe('DurableTextFile', () => {
  it('reads null for a missing file and writes through to disk', async () => {
    const file = join(tempDir(), 'workspace.json');
    const adapter = new DurableTextFile(file);
    expect(await adapter.read()).toBeNull();
    await adapter.write('{"a":1}');
    await adapter.write('{"a":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(await adapter.read()).toBe('{"a":2}');
  });

  it('leaves no temp file behind', async () => {
    const dir = tempDir();
    await new DurableTextFile(join(dir, 'workspace.json')).write('x');
    expect(readdirSync(dir)).toEqual(['workspace.json']);
  });

  it.each([
    ['open', 'EACCES'],
    ['rename', 'ENOSPC'],
  ] as const)('keeps the previous file when %s fails with %s', async (call, code) => {
    const dir = tempDir();
    const file = join(dir, 'workspace.json');
    writeFileSync(file, 'previous');
    await expect(new DurableTextFile(file, failing(call, code)).write('next')).rejects.toMatchObject({ code });
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['workspace.json']);
  });

  it('replaces nothing when what it waits for (a backup) fails, and removes its temp file', async () => {
    const dir = tempDir();
    const file = join(dir, 'workspace.json');
    writeFileSync(file, 'previous');
    const backup = Promise.reject(Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' }));
    await expect(new DurableTextFile(file).write('next', backup)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(file, 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['workspace.json']);
  });

  it('replaces the file only after what it waits for has resolved', async () => {
    const dir = tempDir();
    const file = join(dir, 'workspace.json');
    writeFileSync(file, 'previous');
    let release = () => {};
    const writing = new DurableTextFile(file).write('next', new Promise<void>((resolve) => (release = resolve)));
    // The temp file is written and synced meanwhile; the record still holds the old text.
    await expect.poll(() => readdirSync(dir).some((n) => n.endsWith('.tmp'))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('previous');
    release();
    await writing;
    expect(readFileSync(file, 'utf8')).toBe('next');
  });

  it('propagates read errors other than a missing file', async () => {
    const dir = tempDir();
    // Reading a folder as the file fails with EISDIR, which must not look like "no workspace yet".
    await expect(new DurableTextFile(dir).read()).rejects.toMatchObject({ code: 'EISDIR' });
  });
});

describe('removeStaleTempFiles', () => {
  it('removes only the temp files of that file', async () => {
    const dir = tempDir();
    const file = join(dir, 'workspace.json');
    writeFileSync(join(dir, '.workspace.json.123.abcdef.tmp'), 'half');
    writeFileSync(join(dir, '.other.json.1.a.tmp'), 'other');
    writeFileSync(file, 'good');
    await removeStaleTempFiles(file);
    expect(readdirSync(dir).sort()).toEqual(['.other.json.1.a.tmp', 'workspace.json']);
    expect(existsSync(file)).toBe(true);
  });
});
