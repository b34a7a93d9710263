// The folder's summaries through the parse cache: a second open reads only changed files, and no cache state is
// trusted that the files on disk contradict (size, modification time, reader version, a corrupt or foreign file).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { isDecisionFileName } from '../../common/adr-file/file-names.ts';
import { readRecordSummary } from '../../common/adr-file/record-file.ts';
import { readAdrFileSync } from '../adr-files/read-adr-file.ts';
import { readFolderSummaries, workspaceSummaries } from './folder-summaries.ts';
import { summaryCacheName, summaryReaderVersion } from './summary-cache.ts';

const record = (n: number, title: string, status: string) =>
  `# ${n}. ${title}\n\nDate: 2026-01-15\n\n## Status\n\n${status}\n\n## Context\n\nWhy.\n`;

let dir = '';
let cacheFile = '';
let reads: string[] = [];
const read = (file: string) => {
  reads.push(path.basename(file));
  return readAdrFileSync(file);
};
const open = () => readFolderSummaries(dir, { isRecordFile: isDecisionFileName, cacheFile, readFile: read });

// Files written a minute ago: the cache trusts no file modified just before it was written (see racyMs).
const aMinuteAgo = () => new Date(Date.now() - 60_000);
async function put(name: string, text: string, when = aMinuteAgo()): Promise<void> {
  await writeFile(path.join(dir, name), text);
  await utimes(path.join(dir, name), when, when);
}

/** Opens the folder and says which files were read to do so. */
async function readsOfOpen(): Promise<string[]> {
  reads = [];
  await open();
  return reads.sort();
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ta-summaries-'));
  cacheFile = path.join(dir, '.tradeoff-atlas', 'cache', summaryCacheName);
  await put('0001-use-kafka.md', record(1, 'Use Kafka', 'Accepted'));
  await put('0002-use-flink.md', record(2, 'Use Flink', 'Superseded by [3. Use Spark](0003-use-spark.md)'));
  await put('0003-use-spark.md', record(3, 'Use Spark', 'Accepted\n\nSupersedes [2. Use Flink](0002-use-flink.md)'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readFolderSummaries', () => {
  it('gives each file the summary readRecordSummary reads from it, by file name', async () => {
    const { summaries, parsed } = await open();
    expect(parsed).toBe(3);
    const expected = await Promise.all(
      ['0001-use-kafka.md', '0002-use-flink.md', '0003-use-spark.md'].map(async (name) =>
        readRecordSummary(name, await readFile(path.join(dir, name), 'utf8')),
      ),
    );
    expect(summaries).toEqual(expected);
    expect(summaries[1]).toMatchObject({ title: 'Use Flink', lifecycle: 'superseded', supersededBy: [3] });
  });

  it('reads no file on a second open of an unchanged folder, and gives the same summaries', async () => {
    const first = await open();
    expect(await readsOfOpen()).toEqual([]);
    expect((await open()).summaries).toEqual(first.summaries);
  });

  it('reads again only the files whose size or modification time changed, and drops deleted ones', async () => {
    await open();
    await put('0001-use-kafka.md', record(1, 'Use Kafka everywhere', 'Accepted'));
    // Same size, new time: "Rejected" and "Accepted" are both eight letters.
    const later = new Date(Date.now() - 30_000);
    await put(
      '0003-use-spark.md',
      record(3, 'Use Spark', 'Rejected\n\nSupersedes [2. Use Flink](0002-use-flink.md)'),
      later,
    );
    await unlink(path.join(dir, '0002-use-flink.md'));
    expect(await readsOfOpen()).toEqual(['0001-use-kafka.md', '0003-use-spark.md']);
    const { summaries } = await open();
    expect(summaries.map((s) => [s.fileName, s.title, s.status])).toEqual([
      ['0001-use-kafka.md', 'Use Kafka everywhere', 'Accepted'],
      ['0003-use-spark.md', 'Use Spark', 'Rejected'],
    ]);
  });

  it('does not trust a file modified just before the cache was written: it may have changed again since', async () => {
    await put('0004-use-beam.md', record(4, 'Use Beam', 'Proposed'), new Date());
    await open();
    expect(await readsOfOpen()).toEqual(['0004-use-beam.md']);
  });

  it('rebuilds a corrupt, foreign or older cache, and reads again an entry of the wrong shape', async () => {
    const first = await open();
    const written = JSON.parse(await readFile(cacheFile, 'utf8')) as { reader: number; files: unknown[][] };
    const all = ['0001-use-kafka.md', '0002-use-flink.md', '0003-use-spark.md'];
    const torn = JSON.stringify(written).slice(0, 100);
    for (const bytes of [torn, '[1, 2, 3]', '{}', '{"files": []}', 'not JSON']) {
      await writeFile(cacheFile, bytes);
      expect(await readsOfOpen()).toEqual(all);
      expect(await readsOfOpen()).toEqual([]);
    }
    await writeFile(cacheFile, JSON.stringify({ ...written, reader: summaryReaderVersion + 1 }));
    expect(await readsOfOpen()).toEqual(all);
    // A title that is not text, a date that is a number: that file alone is read again.
    const broken = written.files.map((row) =>
      row[0] === '0002-use-flink.md' ? [...row.slice(0, 5), 42, ...row.slice(6)] : row,
    );
    await writeFile(cacheFile, JSON.stringify({ ...written, files: broken }));
    expect(await readsOfOpen()).toEqual(['0002-use-flink.md']);
    expect((await open()).summaries).toEqual(first.summaries);
  });

  it('reports unreadable files each time, with why, and never caches them', async () => {
    await put('0005-binary.md', '# 5. Binary\n\0');
    for (let i = 0; i < 2; i++) {
      reads = [];
      const { unreadable, summaries } = await open();
      expect(reads).toContain('0005-binary.md');
      expect(unreadable).toEqual([{ file: '0005-binary.md', reason: 'binary file (contains NUL bytes)' }]);
      expect(summaries.map((s) => s.fileName)).not.toContain('0005-binary.md');
    }
  });

  it('writes no cache when listing an unchanged folder again', async () => {
    await open();
    const before = await readFile(cacheFile);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await open();
    expect(await readFile(cacheFile)).toEqual(before);
  });
});

describe('workspaceSummaries', () => {
  it('keeps the cache in .tradeoff-atlas/cache/, which the folder’s .gitignore keeps out of commits', async () => {
    const { summaries } = await workspaceSummaries(dir);
    expect(summaries).toHaveLength(3);
    expect(JSON.parse(await readFile(cacheFile, 'utf8'))).toMatchObject({ reader: summaryReaderVersion });
    expect(await readFile(path.join(dir, '.tradeoff-atlas', '.gitignore'), 'utf8')).toMatch(/^cache\/$/m);
  });
});
