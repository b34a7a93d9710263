// The real ADR tools (adr-tools, adr-log, log4brains) against our import, lint and export of the shared corpora.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  copyCorpora,
  corporaPresent,
  corpusNames,
  decisionsOfFolder,
  type CorpusCopy,
} from '../../../tests/fixtures/adr-corpora.ts';
import { readRecordFile } from '../../common/adr-file/record-file.ts';
import { exportFolder } from './export-folder.ts';
import { readFolderRecords } from './folder-records.ts';
import { planImport } from './import-plan.ts';
import { lintFolder } from './lint-folder.ts';

const bin = path.resolve(fileURLToPath(new URL('../../../node_modules/.bin', import.meta.url)));
const tools = { adr: '/usr/bin/adr', log4brains: path.join(bin, 'log4brains'), adrLog: path.join(bin, 'adr-log') };
for (const [name, file] of Object.entries(tools))
  if (!existsSync(file)) console.log(`interop: skipping ${name} tests, ${file} is missing`);
if (!corporaPresent) console.log('interop: skipping the corpus exports, ../shared/adr-corpora is missing');

// Editors would block `adr new`; `true` accepts the generated file as is.
const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, EDITOR: 'true', VISUAL: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const pad = (n: number) => String(n).padStart(4, '0');

let root = '';
let corpora: CorpusCopy;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ta-interop-'));
  if (corporaPresent) corpora = copyCorpora();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  if (corporaPresent) corpora.remove();
});

/** Exports a corpus in a dialect and returns the folder and the records as exported (names unchanged). */
async function exported(corpus: string, format: 'madr' | 'adr-tools' | 'log4brains') {
  const records = decisionsOfFolder(corpora.dir(corpus));
  const dir = path.join(root, `${corpus}-${format}`);
  const { renamed } = await exportFolder(records, { dir, format });
  expect(renamed).toEqual([]);
  return { dir, records: records.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}

describe.skipIf(!existsSync(tools.adr))('adr-tools', () => {
  it('a log written by adr init / adr new imports as it is and lints without an error', async () => {
    const repo = path.join(root, 'adr-repo');
    mkdirSync(repo);
    run(tools.adr, ['init', 'doc/adr'], repo);
    run(tools.adr, ['new', 'Use PostgreSQL'], repo);
    run(tools.adr, ['new', '-s', '2', 'Use MySQL'], repo);
    run(tools.adr, ['new', '-l', '3:Amends:Amended by', 'Tune MySQL'], repo);
    const folder = path.join(repo, 'doc/adr');
    const source = await readFolderRecords(folder);
    const plan = planImport(source, []);
    expect(plan.map((r) => [r.file, r.status])).toEqual(source.map((f) => [f.fileName, 'imported']));
    expect(plan.every((r, i) => r.text === source[i]!.text)).toBe(true);
    const read = plan.map((r) => readRecordFile(r.file, r.text!));
    expect(read.map((r) => [r.number, r.title, r.status, r.supersedes, r.supersededBy])).toEqual([
      [1, 'Record architecture decisions', 'Accepted', [], []],
      [2, 'Use PostgreSQL', 'Superseded by [3. Use MySQL](0003-use-mysql.md)', [], [3]],
      [3, 'Use MySQL', 'Accepted', [2], []],
      [4, 'Tune MySQL', 'Accepted', [], []],
    ]);
    expect(read[3]!.links.map((l) => [l.relation, l.number])).toEqual([['Amends', 3]]);
    const messages = await lintFolder(folder, { knownKeys: new Set(), today: '2999-12-31' });
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
  });

  it.skipIf(!corporaPresent).each(corpusNames)(
    'adr list lists the adr-tools export of %s, in order',
    async (corpus) => {
      const { dir, records } = await exported(corpus, 'adr-tools');
      expect(run(tools.adr, ['list'], dir).trim().split('\n')).toEqual(records.map((d) => `./${d.id}`));
    },
  );
});

describe.skipIf(!existsSync(tools.adrLog) || !corporaPresent)('adr-log', () => {
  it.each(corpusNames)('adr-log -d indexes the MADR export of %s, every record in order', async (corpus) => {
    const { dir, records } = await exported(corpus, 'madr');
    const log = run(tools.adrLog, ['-d', dir], dir)
      .split('\n')
      .filter((l) => l.startsWith('* [ADR-'));
    expect(log.map((l) => /\]\(([^)]+)\)/.exec(l)![1])).toEqual(records.map((d) => d.id));
    // What we rendered carries its title where adr-log looks (right after the front matter); a copied record is
    // read exactly as adr-log reads the team's own file, heuristics and all.
    const plain = path.join(root, `${corpus}-records-only`);
    mkdirSync(plain);
    for (const d of records) writeFileSync(path.join(plain, d.id), d.markdown);
    const own = run(tools.adrLog, ['-d', plain], plain).split('\n');
    for (const [i, d] of records.entries()) {
      const line = log[i]!;
      if (d.dialect === 'madr') expect(own).toContain(line);
      else expect(line).toBe(`* [ADR-${pad(d.number!)}](${d.id}) - ${d.title}`);
    }
  });
});

describe.skipIf(!existsSync(tools.log4brains) || !corporaPresent)('log4brains', () => {
  it.each(corpusNames)('log4brains adr list --raw reads the log4brains export of %s', async (corpus) => {
    const { dir, records } = await exported(corpus, 'log4brains');
    const rows = run(tools.log4brains, ['adr', 'list', '--raw'], dir)
      .trim()
      .split('\n')
      .map((l) => l.split(','))
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    expect(rows.map((r) => r[0])).toEqual(records.map((d) => d.id.replace(/\.md$/, '')));
    // A status log4brains knows is read as such; titles come through as plain text, without code backticks (a comma
    // in one splits the raw line).
    for (const [i, d] of records.entries()) {
      const known = d.status?.trim().toLowerCase();
      if (known && ['draft', 'proposed', 'accepted', 'rejected', 'deprecated'].includes(known))
        expect(rows[i]![1]).toBe(known.toUpperCase());
      if (d.lifecycle === 'superseded' && d.supersededBy !== null) expect(rows[i]![1]).toBe('SUPERSEDED');
      if (!d.title.includes(',')) expect(rows[i]![3]).toBe(d.title.replace(/`/g, ''));
    }
  });
});
