// Runs the real ADR tools (adr-tools, log4brains, adr-log) against our import and export.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Decision } from '../../common/decision.ts';
import { sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';
import { exportFolder } from './export-folder.ts';
import { importFolder } from './import-folder.ts';

const bin = path.resolve(fileURLToPath(new URL('../../../node_modules/.bin', import.meta.url)));
const tools = { adr: '/usr/bin/adr', log4brains: path.join(bin, 'log4brains'), adrLog: path.join(bin, 'adr-log') };
for (const [name, file] of Object.entries(tools))
  if (!existsSync(file)) console.log(`interop: skipping ${name} tests, ${file} is missing`);

// Editors would block `adr new`; `true` accepts the generated file as is.
const run = (file: string, args: string[], cwd: string) =>
  execFileSync(file, args, {
    cwd,
    encoding: 'utf8',
    timeout: 30_000,
    env: { ...process.env, EDITOR: 'true', VISUAL: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const decisions: Decision[] = [
  {
    ...sampleDecision,
    id: 'a',
    number: 1,
    title: 'Record decisions',
    status: 'accepted',
    date: '2024-01-01',
    supersedes: [],
  },
  {
    ...sampleDecision,
    id: 'b',
    number: 2,
    title: 'Use a [feature] store',
    status: 'superseded',
    supersededBy: 3,
    supersedes: [],
    date: '2024-01-02',
  },
  {
    ...sampleDecision,
    id: 'c',
    number: 3,
    title: 'Use streaming features',
    status: 'accepted',
    supersedes: [2],
    date: '2024-01-03',
  },
  {
    ...sampleDecision,
    id: 'd',
    number: 4,
    title: 'Try online learning',
    status: 'proposed',
    supersedes: [],
    date: '2024-01-04',
  },
  {
    ...sampleDecision,
    id: 'e',
    number: 5,
    title: 'Drop the GPU cluster',
    status: 'rejected',
    supersedes: [],
    date: '2024-01-05',
  },
];
const options = { resolveCitation: testContext.resolveCitation };

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ta-interop-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('adr-tools', () => {
  it.skipIf(!existsSync(tools.adr))(
    'a log written by adr init / adr new imports with numbers, dates, statuses and links',
    async () => {
      const repo = path.join(root, 'adr-repo');
      run('/bin/mkdir', ['-p', repo], root);
      run(tools.adr, ['init', 'doc/adr'], repo);
      run(tools.adr, ['new', 'Use PostgreSQL'], repo);
      run(tools.adr, ['new', '-s', '2', 'Use MySQL'], repo);
      run(tools.adr, ['new', '-l', '3:Amends:Amended by', 'Tune MySQL'], repo);
      const { decisions: imported, report } = await importFolder(path.join(repo, 'doc/adr'), {
        fallbackDate: '2000-01-01',
      });
      expect(report.every((r) => r.status === 'imported')).toBe(true);
      const today = run('/bin/date', ['+%Y-%m-%d'], repo).trim();
      expect(imported.map((d) => [d.number, d.record.title, d.record.status, d.record.date])).toEqual([
        [1, 'Record architecture decisions', 'accepted', today],
        [2, 'Use PostgreSQL', 'superseded', today],
        [3, 'Use MySQL', 'accepted', today],
        [4, 'Tune MySQL', 'accepted', today],
      ]);
      expect(imported[1]!.record.supersededBy).toBe(3);
      expect(imported[2]!.record.supersedes).toEqual([2]);
      expect(imported[2]!.links.map((l) => [l.relation, l.number])).toEqual([
        ['Supersedes', 2],
        ['Amended by', 4],
      ]);
      expect(imported[3]!.links.map((l) => [l.relation, l.number])).toEqual([['Amends', 3]]);
    },
  );

  it.skipIf(!existsSync(tools.adr))(
    'our export is listed by adr list and adr generate toc, in order, with the titles',
    async () => {
      const out = path.join(root, 'adr-export');
      await exportFolder(decisions, out, { ...options, format: 'adr-tools' });
      expect(run(tools.adr, ['list'], out).trim().split('\n')).toEqual([
        './0001-record-decisions.md',
        './0002-use-a-feature-store.md',
        './0003-use-streaming-features.md',
        './0004-try-online-learning.md',
        './0005-drop-the-gpu-cluster.md',
      ]);
      const toc = run(tools.adr, ['generate', 'toc'], out);
      expect(toc.split('\n').filter((l) => l.startsWith('* '))).toEqual([
        '* [1. Record decisions](0001-record-decisions.md)',
        '* [2. Use a [feature] store](0002-use-a-feature-store.md)',
        '* [3. Use streaming features](0003-use-streaming-features.md)',
        '* [4. Try online learning](0004-try-online-learning.md)',
        '* [5. Drop the GPU cluster](0005-drop-the-gpu-cluster.md)',
      ]);
    },
  );
});

describe('log4brains', () => {
  it.skipIf(!existsSync(tools.log4brains))('log4brains adr list reads our export with the right statuses', async () => {
    const out = path.join(root, 'l4b-export');
    await exportFolder(decisions, out, { ...options, format: 'log4brains' });
    const rows = run(tools.log4brains, ['adr', 'list', '--raw'], out)
      .trim()
      .split('\n')
      .map((l) => l.split(','));
    expect(rows).toEqual([
      ['0001-record-decisions', 'ACCEPTED', '', 'Record decisions'],
      ['0002-use-a-feature-store', 'SUPERSEDED', '', 'Use a [feature] store'],
      ['0003-use-streaming-features', 'ACCEPTED', '', 'Use streaming features'],
      ['0004-try-online-learning', 'PROPOSED', '', 'Try online learning'],
      ['0005-drop-the-gpu-cluster', 'REJECTED', '', 'Drop the GPU cluster'],
    ]);
  });
});

describe('adr-log', () => {
  it.skipIf(!existsSync(tools.adrLog))('adr-log indexes our MADR export, every title in order', async () => {
    const out = path.join(root, 'madr-export');
    await exportFolder(decisions, out, { ...options, format: 'madr' });
    const log = run(tools.adrLog, ['-d', out], out);
    expect(log.split('\n').filter((l) => l.startsWith('* [ADR-'))).toEqual([
      '* [ADR-0001](0001-record-decisions.md) - Record decisions',
      '* [ADR-0002](0002-use-a-feature-store.md) - Use a [feature] store',
      '* [ADR-0003](0003-use-streaming-features.md) - Use streaming features',
      '* [ADR-0004](0004-try-online-learning.md) - Try online learning',
      '* [ADR-0005](0005-drop-the-gpu-cluster.md) - Drop the GPU cluster',
    ]);
  });
});
