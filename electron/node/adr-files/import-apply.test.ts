// Importing on disk through applyImport: a shared corpus into an empty folder, twice, with a clash, and as a dry run.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyCorpora, corporaPresent, corpusNames, type CorpusCopy } from '../../../tests/fixtures/adr-corpora.ts';
import { readFolderRecords } from './folder-records.ts';
import { applyImport } from './import-apply.ts';
import { planImport } from './import-plan.ts';
import { createFileInside } from './safe-write.ts';

async function importInto(from: string, workspace: string, dryRun = false) {
  const existing = (await readFolderRecords(workspace)).flatMap((f) =>
    f.text === null ? [] : [{ fileName: f.fileName, text: f.text }],
  );
  const plan = planImport(await readFolderRecords(from), existing);
  const write = async (name: string, text: string) => void (await createFileInside(workspace, name, text));
  return applyImport(plan, write, { dryRun });
}

let workspace = '';
afterEach(() => rm(workspace, { recursive: true, force: true }));

describe('applyImport', () => {
  it('reports a write that fails as skipped with the reason and carries on', async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'ta-import-'));
    const plan = planImport(
      [
        { fileName: '0001-a.md', text: '# A\n' },
        { fileName: '0002-b.md', text: '# B\n' },
      ],
      [],
    );
    await writeFile(path.join(workspace, '0001-a.md'), 'appeared meanwhile');
    const report = await applyImport(plan, async (n, t) => void (await createFileInside(workspace, n, t)));
    expect(report).toEqual([
      {
        file: '0001-a.md',
        status: 'skipped',
        message: 'could not be written: 0001-a.md is already there; it was left as it is',
        target: '0001-a.md',
      },
      { file: '0002-b.md', status: 'imported', message: 'copied as it is', target: '0002-b.md' },
    ]);
    expect(await readFile(path.join(workspace, '0001-a.md'), 'utf8')).toBe('appeared meanwhile');
  });
});

describe.skipIf(!corporaPresent)('importing the shared corpora', () => {
  let corpora: CorpusCopy;
  beforeAll(() => {
    corpora = copyCorpora();
  });
  afterAll(() => corpora.remove());

  it.each(corpusNames)(
    'imports %s into an empty folder byte for byte, and a second time not at all',
    async (corpus) => {
      workspace = await mkdtemp(path.join(os.tmpdir(), 'ta-import-'));
      const from = corpora.dir(corpus);
      const records = corpora.files(corpus).filter((f) => /^\d{4}-.*\.md$/.test(f));
      const first = await importInto(from, workspace);
      expect(first.filter((r) => r.status !== 'skipped').map((r) => [r.file, r.status, r.target])).toEqual(
        records.map((f) => [f, 'imported', f]),
      );
      expect(first.filter((r) => r.status === 'skipped').map((r) => r.file)).toEqual(
        corpora.files(corpus).filter((f) => /^(index|adr-template)\.md$/.test(f)),
      );
      expect((await readdir(workspace)).sort()).toEqual(records);
      for (const f of records) expect(await readFile(path.join(workspace, f), 'utf8')).toBe(corpora.read(corpus, f));

      const second = await importInto(from, workspace);
      expect(second.every((r) => r.status === 'skipped')).toBe(true);
      expect(second.filter((r) => r.target !== null).map((r) => r.message)).toEqual(
        records.map((f) => `already in the workspace as ${f}`),
      );
      expect((await readdir(workspace)).sort()).toEqual(records);
    },
  );

  it('renumbers a record whose number is taken: new name, new title number, every other byte kept', async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'ta-import-'));
    const corpus = 'alphagov__govuk-aws';
    await writeFile(path.join(workspace, '0002-ours.md'), '# 2. Ours\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n');
    const report = await importInto(corpora.dir(corpus), workspace);
    const row = report.find((r) => r.file === '0002-hosting-platforms.md');
    expect(row).toEqual({
      file: '0002-hosting-platforms.md',
      status: 'renumbered',
      message: 'number 0002 is taken in the workspace; renumbered 0040, in the title too',
      target: '0040-hosting-platforms.md',
    });
    const original = corpora.read(corpus, '0002-hosting-platforms.md');
    expect(original.startsWith('# 2. Hosting Platforms\n')).toBe(true);
    expect(await readFile(path.join(workspace, '0040-hosting-platforms.md'), 'utf8')).toBe(
      original.replace('# 2. Hosting Platforms', '# 40. Hosting Platforms'),
    );
    expect(report.filter((r) => r.status === 'renumbered')).toHaveLength(1);
  });

  it('writes nothing on a dry run, and reports what the real run then does', async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'ta-import-'));
    const from = corpora.dir('JabRef__jabref');
    const dry = await importInto(from, workspace, true);
    expect(await readdir(workspace)).toEqual([]);
    expect(dry.filter((r) => r.status === 'imported')).toHaveLength(70);
    expect(await importInto(from, workspace)).toEqual(dry);
  });
});
