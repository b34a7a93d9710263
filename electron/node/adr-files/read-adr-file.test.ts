// readAdrFile and readAdrFileSync: the size cap, binary and non-UTF-8 content refused, a missing file told apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readAdrFile, readAdrFileSync } from './read-adr-file.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ta-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each([
  ['readAdrFile', readAdrFile],
  ['readAdrFileSync', async (file: string) => readAdrFileSync(file)],
])('%s', (_name, readAdrFile) => {
  it('reads UTF-8 text', async () => {
    await writeFile(path.join(dir, 'ok.md'), '# Café ✓\n');
    expect(await readAdrFile(path.join(dir, 'ok.md'))).toMatchObject({ ok: true, text: '# Café ✓\n' });
  });

  it('refuses a 5 MB file by its size', async () => {
    await writeFile(path.join(dir, 'big.md'), Buffer.alloc(5 * 1024 * 1024, 'a'));
    expect(await readAdrFile(path.join(dir, 'big.md'))).toEqual({
      ok: false,
      reason: 'file is 5.0 MB; the limit is 1.0 MB',
    });
  });

  it('refuses binary and non-UTF-8 content, and a missing file, without throwing', async () => {
    await writeFile(path.join(dir, 'bin.md'), Buffer.from([0x23, 0x20, 0x00, 0x01]));
    await writeFile(path.join(dir, 'latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    expect(await readAdrFile(path.join(dir, 'bin.md'))).toEqual({
      ok: false,
      reason: 'binary file (contains NUL bytes)',
    });
    expect(await readAdrFile(path.join(dir, 'latin1.md'))).toEqual({ ok: false, reason: 'not valid UTF-8 text' });
    expect((await readAdrFile(path.join(dir, 'missing.md'))).ok).toBe(false);
  });
});

describe('readAdrFileSync', () => {
  it('says the size and modification time of the version it read', async () => {
    const file = path.join(dir, 'stamped.md');
    await writeFile(file, '# Café\n');
    const info = await stat(file);
    expect(readAdrFileSync(file)).toEqual({ ok: true, text: '# Café\n', size: 8, mtimeMs: info.mtimeMs });
  });

  it('tells a missing file apart and refuses a folder, as readAdrFile does', async () => {
    expect(readAdrFileSync(path.join(dir, 'missing.md'))).toEqual(await readAdrFile(path.join(dir, 'missing.md')));
    expect(readAdrFileSync(dir)).toEqual({ ok: false, reason: 'not a regular file' });
  });
});
