// The recent-folders list: newest first, no duplicates, at most ten, gone folders dropped, bad files read as empty.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { RecentFolders } from './recent-folders.ts';

describe('RecentFolders', () => {
  it('keeps the ten newest existing folders, newest first, without duplicates', async () => {
    const root = tempDir();
    const recent = new RecentFolders(join(root, 'recent.json'));
    const dirs = Array.from({ length: 12 }, (_, i) => join(root, `d${i}`));
    for (const d of dirs) await mkdir(d);
    for (const d of dirs) await recent.add(d);
    await recent.add(dirs[5]!);
    const list = await recent.list();
    expect(list).toHaveLength(10);
    expect(list[0]).toBe(dirs[5]);
    expect(new Set(list).size).toBe(10);
    await rm(dirs[11]!, { recursive: true });
    expect(await recent.list()).not.toContain(dirs[11]);
  });

  it('reads a damaged list as empty', async () => {
    const root = tempDir();
    await writeFile(join(root, 'recent.json'), '{"folders": 7}');
    expect(await new RecentFolders(join(root, 'recent.json')).list()).toEqual([]);
  });
});
