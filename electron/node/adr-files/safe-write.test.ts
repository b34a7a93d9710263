// Export writes stay inside their folder, replace files atomically, and never write through a planted link.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createFileInside, resolveInside, writeFileInside, writeFilesInside } from './safe-write.ts';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

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

describe('writeFilesInside', () => {
  it('replaces a symbolic link planted in the folder instead of writing through it', async () => {
    const { mkdir, lstat, symlink, writeFile } = await import('node:fs/promises');
    const root = await mkdtemp(path.join(os.tmpdir(), 'ta-links-'));
    dir = root;
    const victim = path.join(root, 'victim.txt');
    await writeFile(victim, 'precious');
    const out = path.join(root, 'out');
    await mkdir(out);
    await symlink(victim, path.join(out, 'index.md'));
    await writeFilesInside(out, [
      ['index.md', '# Index'],
      ['0001-a.md', '# A'],
    ]);
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await lstat(path.join(out, 'index.md'))).isSymbolicLink()).toBe(false);
    expect(await readFile(path.join(out, 'index.md'), 'utf8')).toBe('# Index');
  });
});

describe('createFileInside', () => {
  it('creates a file whole, and refuses a name that is taken, by a file or by a planted link', async () => {
    const { readdir: list, symlink, writeFile } = await import('node:fs/promises');
    dir = await mkdtemp(path.join(os.tmpdir(), 'ta-create-'));
    const victim = path.join(dir, 'victim.txt');
    await writeFile(victim, 'precious');
    await symlink(victim, path.join(dir, '0002-link.md'));
    expect(await createFileInside(dir, '0001-a.md', '# A\n')).toBe(path.join(dir, '0001-a.md'));
    await expect(createFileInside(dir, '0001-a.md', '# B\n')).rejects.toThrow('0001-a.md is already there');
    await expect(createFileInside(dir, '0002-link.md', '# C\n')).rejects.toThrow('0002-link.md is already there');
    await expect(createFileInside(dir, '../x.md', '')).rejects.toThrow(/refusing to write/);
    expect(await readFile(path.join(dir, '0001-a.md'), 'utf8')).toBe('# A\n');
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect((await list(dir)).sort()).toEqual(['0001-a.md', '0002-link.md', 'victim.txt']);
  });
});
