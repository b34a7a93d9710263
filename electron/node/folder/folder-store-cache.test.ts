// Opening a folder through the row cache: an unchanged folder is opened without reading a record file, and what the
// cache says is never trusted beyond what the files' sizes and times vouch for.
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { readAdrFileSync } from '../adr-files/read-adr-file.ts';
import { FolderStore } from './folder-store.ts';
import { versionOf } from './record-snapshot.ts';
import { rowCacheName } from './row-cache.ts';

const isRecordFile = (name: string) => name.endsWith('.md');
const record = (n: number, status: string) => `# ${n}. Record ${n}\n\n## Status\n\n${status}\n\nCites [@CM12].\n`;
// An hour ago: long enough before any read for the file's size and time to vouch for its text.
const anHourAgo = new Date(Date.now() - 3_600_000);

async function folderOf(count: number): Promise<string> {
  const dir = tempDir();
  for (let n = 1; n <= count; n++) {
    const file = join(dir, `000${n}-record-${n}.md`);
    await writeFile(file, record(n, 'Accepted'));
    await utimes(file, anHourAgo, anHourAgo);
  }
  return dir;
}

/** Opens the folder unwatched, counting the record files it reads. */
async function openCounting(dir: string) {
  const reads: string[] = [];
  const store = await FolderStore.open(dir, {
    isRecordFile,
    watch: false,
    readFile: (path) => {
      reads.push(path.slice(dir.length + 1));
      return readAdrFileSync(path);
    },
  });
  onTestFinished(() => store.close());
  return { store, reads };
}

/** Opens, lists and closes: the cache is written by then. */
async function openedOnce(dir: string): Promise<void> {
  const { store } = await openCounting(dir);
  await store.close();
}

describe('FolderStore with its row cache', () => {
  it('opens an unchanged folder a second time without reading a record file, with the same rows and versions', async () => {
    const dir = await folderOf(3);
    const first = await openCounting(dir);
    expect(first.reads).toHaveLength(3);
    const rows = first.store.list().map((e) => ({ version: e.version, row: e.row }));
    await first.store.close();
    const second = await openCounting(dir);
    expect(second.reads).toEqual([]);
    expect(second.store.list().map((e) => ({ version: e.version, row: e.row }))).toEqual(rows);
    expect(second.store.get('0002-record-2.md')!.row).toMatchObject({ title: 'Record 2', citations: ['CM12'] });
    // A cached version is the hash of what the file holds, so an edit based on it is written.
    const text = await readFile(join(dir, '0002-record-2.md'), 'utf8');
    expect(second.store.get('0002-record-2.md')!.version).toBe(versionOf(text));
    await second.store.write('0002-record-2.md', record(2, 'Rejected'), versionOf(text));
    expect(second.store.get('0002-record-2.md')!.row!.status).toBe('Rejected');
  });

  it('reads again a file whose size or time changed since, and only that one', async () => {
    const dir = await folderOf(3);
    await openedOnce(dir);
    const changed = join(dir, '0003-record-3.md');
    await writeFile(changed, record(3, 'Deprecated'));
    await utimes(changed, anHourAgo, new Date(anHourAgo.getTime() + 1000));
    const { store, reads } = await openCounting(dir);
    expect(reads).toEqual(['0003-record-3.md']);
    expect(store.get('0003-record-3.md')!.row!.status).toBe('Deprecated');
  });

  it('trusts no cached row for a file modified moments before it was read', async () => {
    const dir = await folderOf(2);
    // Modified just now: within the same tick of the file system's clock it could change again unseen.
    await writeFile(join(dir, '0001-record-1.md'), record(1, 'Proposed'));
    await openedOnce(dir);
    const { reads } = await openCounting(dir);
    expect(reads).toEqual(['0001-record-1.md']);
  });

  it.each([
    ['is not JSON', '{"format": "tradeoff-atlas/record-rows", "files": [['],
    ['is another format', JSON.stringify({ format: 'something else', reader: '1.1', writtenAt: 1, files: [] })],
  ])('reads every file again when the cache %s', async (_, cache) => {
    const dir = await folderOf(2);
    await openedOnce(dir);
    await writeFile(join(dir, '.tradeoff-atlas', 'cache', rowCacheName), cache);
    const { store, reads } = await openCounting(dir);
    expect(reads.sort()).toEqual(['0001-record-1.md', '0002-record-2.md']);
    expect(store.list().map((e) => e.row!.title)).toEqual(['Record 1', 'Record 2']);
  });

  it('ignores a cached row whose fields are not what they should be, and reads that file', async () => {
    const dir = await folderOf(2);
    await openedOnce(dir);
    const cacheFile = join(dir, '.tradeoff-atlas', 'cache', rowCacheName);
    const cache = JSON.parse(await readFile(cacheFile, 'utf8')) as { files: unknown[][] };
    cache.files[0]![5] = 42;
    await writeFile(cacheFile, JSON.stringify(cache));
    const { store, reads } = await openCounting(dir);
    expect(reads).toEqual(['0001-record-1.md']);
    expect(store.get('0001-record-1.md')!.row!.title).toBe('Record 1');
  });

  it('reads a record’s text when asked, and never a name that leads out of the folder', async () => {
    const dir = await folderOf(1);
    await openedOnce(dir);
    const { store, reads } = await openCounting(dir);
    expect((await store.read('0001-record-1.md'))!.text).toBe(record(1, 'Accepted'));
    expect(await store.read('../0001-record-1.md')).toBeNull();
    expect(reads).toEqual(['0001-record-1.md']);
  });
});
