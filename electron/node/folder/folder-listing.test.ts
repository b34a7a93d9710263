// The folder's listing through the parse cache: a second open reads only changed files, and no cache state is
// trusted that the files on disk contradict (size, modification time, reader version, a torn, edited or foreign file).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readFile, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { crc32 } from 'node:zlib';
import path from 'node:path';
import { isDecisionFileName } from '../../common/adr-file/file-names.ts';
import { readRecordSummary } from '../../common/adr-file/record-file.ts';
import { skimRecordSummary } from '../../common/adr-file/record-skim.ts';
import { readAdrFileSync } from '../adr-files/read-adr-file.ts';
import { summaryReaderVersion } from './file-stamp.ts';
import { listingArrayText, readFolderListing, workspaceListing, type FolderListing } from './folder-listing.ts';
import { listedRecord, type ListedRecord } from './listed-record.ts';
import { listingCacheName } from './listing-cache.ts';

const record = (n: number, title: string, status: string) =>
  `# ${n}. ${title}\n\nDate: 2026-01-15\n\n## Status\n\n${status}\n\n## Context\n\nWhy.\n`;

let dir = '';
let cacheFile = '';
let reads: string[] = [];
const read = (file: string) => {
  reads.push(path.basename(file));
  return readAdrFileSync(file);
};
const open = () => readFolderListing(dir, { isRecordFile: isDecisionFileName, cacheFile, readFile: read });
const recordsOf = (listing: FolderListing) => JSON.parse(listingArrayText(listing)) as ListedRecord[];
const listed = async () => recordsOf(await open());
const files = (listing: FolderListing) => recordsOf(listing).map((r) => r.file);

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
  cacheFile = path.join(dir, '.tradeoff-atlas', 'cache', listingCacheName);
  await put('0001-use-kafka.md', record(1, 'Use Kafka', 'Accepted'));
  await put('0002-use-flink.md', record(2, 'Use Flink', 'Superseded by [3. Use Spark](0003-use-spark.md)'));
  await put('0003-use-spark.md', record(3, 'Use Spark', 'Accepted\n\nSupersedes [2. Use Flink](0002-use-flink.md)'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('readFolderListing', () => {
  it('gives each file the listed record of the summary readRecordSummary reads from it, by file name', async () => {
    const listing = await open();
    expect(listing.parsed).toBe(3);
    const names = ['0001-use-kafka.md', '0002-use-flink.md', '0003-use-spark.md'];
    const expected = await Promise.all(
      names.map(async (name) => listedRecord(readRecordSummary(name, await readFile(path.join(dir, name), 'utf8')))),
    );
    expect(files(listing)).toEqual(names);
    expect(recordsOf(listing)).toEqual(expected);
    expect(expected[1]).toMatchObject({ title: 'Use Flink', lifecycle: 'superseded', supersededBy: 3 });
  });

  it('lists a record the one-pass reader declines (MADR with front matter) as the general reader reads it', async () => {
    const madr =
      '---\nstatus: accepted\ndate: 2026-02-01\n---\n\n# Use Beam\n\n## Context and Problem Statement\n\nWhy.\n';
    await put('0004-use-beam.md', madr);
    expect(skimRecordSummary('0004-use-beam.md', madr)).toBeNull();
    const beam = (await listed()).find((r) => r.file === '0004-use-beam.md');
    expect(beam).toEqual(listedRecord(readRecordSummary('0004-use-beam.md', madr)));
    expect(beam).toMatchObject({ title: 'Use Beam', status: 'accepted', date: '2026-02-01', dialect: 'madr' });
  });

  it('reads no file on a second open of an unchanged folder, and gives the same lines', async () => {
    const first = await open();
    expect(await readsOfOpen()).toEqual([]);
    expect(listingArrayText(await open())).toEqual(listingArrayText(first));
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
    expect((await listed()).map((r) => [r.file, r.title, r.status])).toEqual([
      ['0001-use-kafka.md', 'Use Kafka everywhere', 'Accepted'],
      ['0003-use-spark.md', 'Use Spark', 'Rejected'],
    ]);
  });

  it('finds cached files around one added between them, and reads only the new one', async () => {
    await open();
    await put('0002-use-beam.md', record(2, 'Use Beam', 'Proposed'));
    expect(await readsOfOpen()).toEqual(['0002-use-beam.md']);
    expect(await readsOfOpen()).toEqual([]);
    expect(files(await open())).toEqual([
      '0001-use-kafka.md',
      '0002-use-beam.md',
      '0002-use-flink.md',
      '0003-use-spark.md',
    ]);
  });

  it("prints the cache's bytes: an unchanged folder's as read, a changed one's as just written", async () => {
    const tail = async (length: number) => (await readFile(cacheFile)).subarray(-length);
    const changes = [
      async () => undefined,
      async () => undefined,
      () => put('0002-use-flink.md', record(2, 'Use Flink after all', 'Accepted')),
    ];
    for (const change of changes) {
      await change();
      const listing = await open();
      expect(listing.json).toHaveLength(1);
      expect(listing.json[0]).toBeInstanceOf(Uint8Array);
      expect(Buffer.from(listing.json[0]!)).toEqual(await tail(listing.json[0]!.length));
      const uncached = await readFolderListing(dir, { isRecordFile: isDecisionFileName, cacheFile: null });
      expect(listingArrayText(listing)).toBe(listingArrayText(uncached));
    }
    expect((await listed()).map((r) => r.title)).toEqual(['Use Kafka', 'Use Flink after all', 'Use Spark']);
  });

  it('lists a file whose name holds a tab or a line break, and reads it each time rather than cache it', async () => {
    await put('0004-tab\there.md', record(4, 'Use Beam', 'Proposed'));
    await open();
    expect(await readsOfOpen()).toEqual(['0004-tab\there.md']);
    // Printed around it: the cached records as one run of the cache's bytes, and the one read now as text.
    expect((await open()).json.map((piece) => (typeof piece === 'string' ? 'read' : 'kept'))).toEqual(['kept', 'read']);
    expect((await listed()).map((r) => r.title)).toEqual(['Use Kafka', 'Use Flink', 'Use Spark', 'Use Beam']);
  });

  it('lists titles beyond ASCII the same from the cache as from the files', async () => {
    await put('0004-use-événements.md', record(4, 'Use événements — über Kafka 🚀', 'Accepted'));
    const first = await open();
    expect(await readsOfOpen()).toEqual([]);
    expect(listingArrayText(await open())).toEqual(listingArrayText(first));
    expect((await listed()).map((r) => r.title)).toContain('Use événements — über Kafka 🚀');
  });

  it('does not trust a file modified just before the cache was written: it may have changed again since', async () => {
    await put('0004-use-beam.md', record(4, 'Use Beam', 'Proposed'), new Date());
    await open();
    expect(await readsOfOpen()).toEqual(['0004-use-beam.md']);
  });

  it('rebuilds a torn, edited, foreign or older cache, and never prints a line from one', async () => {
    const first = await open();
    const written = await readFile(cacheFile, 'utf8');
    const all = ['0001-use-kafka.md', '0002-use-flink.md', '0003-use-spark.md'];
    const [header, ...lines] = written.split('\n');
    const edited = [header, ...lines.map((l) => l.replace('Use Flink', 'Use Storm'))].join('\n');
    const [name, reader, ...rest] = header!.split('\t');
    const older = [[name, `${summaryReaderVersion - 1}.2`, ...rest].join('\t'), ...lines].join('\n');
    for (const bytes of [written.slice(0, 150), edited, older, '{"files": []}', '', 'not a cache\n']) {
      await writeFile(cacheFile, bytes);
      expect(await readsOfOpen()).toEqual(all);
      expect(await readsOfOpen()).toEqual([]);
      expect(listingArrayText(await open())).toEqual(listingArrayText(first));
    }
    expect(reader).toBe(`${summaryReaderVersion}.2`);
  });

  it('prints only whole records from a cache whose lengths were edited and its checksum written to match', async () => {
    const first = await open();
    const [header, ...rest] = (await readFile(cacheFile, 'utf8')).split('\n');
    const body = rest.join('\n');
    for (const [from, to] of [
      [/\t(\d+)\n/, '\t5\n'],
      [/\t(\d+)\n/, '\t-4\n'],
      [/\t(\d+)\n/, '\t99999\n'],
    ] as const) {
      const edited = body.replace(from, to);
      const fields = header!.split('\t');
      fields[4] = String(crc32(Buffer.from(edited)));
      await writeFile(cacheFile, `${fields.join('\t')}\n${edited}`);
      expect(recordsOf(await open())).toEqual(recordsOf(first));
    }
  });

  it('reports unreadable files each time, with why, and never caches them', async () => {
    await put('0005-binary.md', '# 5. Binary\n\0');
    await mkdir(path.join(dir, '0006-a-folder.md'));
    for (let i = 0; i < 2; i++) {
      reads = [];
      const listing = await open();
      expect(reads).toContain('0005-binary.md');
      expect(listing.unreadable).toEqual([
        { file: '0005-binary.md', reason: 'binary file (contains NUL bytes)' },
        { file: '0006-a-folder.md', reason: 'not a regular file' },
      ]);
      expect(files(listing)).toEqual(['0001-use-kafka.md', '0002-use-flink.md', '0003-use-spark.md']);
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

describe('workspaceListing', () => {
  it('keeps the cache in .tradeoff-atlas/cache/, which the folder’s .gitignore keeps out of commits', async () => {
    expect((await workspaceListing(dir)).count).toBe(3);
    expect(await readFile(cacheFile, 'utf8')).toMatch(/^tradeoff-atlas\/record-listing\t/);
    expect(await readFile(path.join(dir, '.tradeoff-atlas', '.gitignore'), 'utf8')).toMatch(/^cache\/$/m);
  });
});
