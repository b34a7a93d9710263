// adr-tools itself against the adr-file module: new records and supersede links come out byte for byte as `adr new` writes them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { addRecordLink } from '../../common/adr-file/add-link.ts';
import { defaultConventions, type FolderConventions } from '../../common/adr-file/conventions.ts';
import { editRecordFile } from '../../common/adr-file/edit-record.ts';
import { renderNewRecord } from '../../common/adr-file/new-record.ts';

const adr = '/usr/bin/adr';
if (!existsSync(adr)) console.log(`adr-file interop: skipping, ${adr} is missing`);

const conventions: FolderConventions = {
  ...defaultConventions,
  dialect: 'adr-tools',
  titleStyle: 'numbered',
  statusPlacement: 'section',
};

describe.skipIf(!existsSync(adr))('adr-file and adr-tools', () => {
  let dir = '';
  const read = (name: string) => readFileSync(path.join(dir, 'doc', 'adr', name), 'utf8');
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'adr-file-interop-'));
    // Editors would block `adr new`; `true` accepts the generated file as is.
    const env = { ...process.env, EDITOR: 'true', VISUAL: 'true', ADR_DATE: '2024-01-02' };
    const run = (args: string[]) => execFileSync(adr, args, { cwd: dir, env, timeout: 30_000, stdio: 'ignore' });
    run(['new', 'Use a feature store']);
    run(['new', '-s', '1', 'Use streaming features']);
    run(['new', 'Keep models in one registry']);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const first = { number: 1, title: 'Use a feature store', date: '2024-01-02', status: 'Accepted' };
  const second = { number: 2, title: 'Use streaming features', date: '2024-01-02', status: 'Accepted' };

  it('writes a new record exactly as `adr new` does', () => {
    const third = { number: 3, title: 'Keep models in one registry', date: '2024-01-02', status: 'Accepted' };
    const { fileName, text } = renderNewRecord(conventions, third);
    expect(fileName).toBe('0003-keep-models-in-one-registry.md');
    expect(text).toBe(read(fileName));
  });

  it('writes supersede links exactly as `adr new -s` does', () => {
    const one = renderNewRecord(conventions, first);
    const two = renderNewRecord(conventions, second);
    const target = (r: typeof first, fileName: string) => ({ number: r.number, title: r.title, fileName });
    const superseded = editRecordFile(
      one.fileName,
      addRecordLink(one.text, 'Superseded by', target(second, two.fileName)),
      { status: null },
    );
    expect(superseded).toBe(read(one.fileName));
    expect(addRecordLink(two.text, 'Supersedes', target(first, one.fileName))).toBe(read(two.fileName));
  });
});
