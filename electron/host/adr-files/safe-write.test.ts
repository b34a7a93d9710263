import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { resolveInside, writeFileInside } from './safe-write.ts';

let dir = '';
afterEach(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

describe('resolveInside', () => {
  it('accepts a plain name and refuses anything that leaves the folder', () => {
    expect(resolveInside('/tmp/out', '0001-x.md')).toBe(path.resolve('/tmp/out/0001-x.md'));
    for (const name of ['../x.md', '/etc/passwd', 'sub/x.md', '', '.', '..']) {
      expect(() => resolveInside('/tmp/out', name)).toThrow(/refusing to write/);
    }
  });
});

describe('writeFileInside', () => {
  it('writes through a temp file and leaves nothing else behind', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ta-write-'));
    const target = await writeFileInside(path.join(dir, 'new'), 'a.md', 'one');
    await writeFileInside(path.join(dir, 'new'), 'a.md', 'two');
    expect(await readFile(target, 'utf8')).toBe('two');
    expect(await readdir(path.join(dir, 'new'))).toEqual(['a.md']);
  });
});
