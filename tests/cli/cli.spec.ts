// The built CLI as scripts use it: the catalogue contract, score, lint, import/export round trip, and errors on stderr.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const cli = path.resolve(import.meta.dirname, '../../dist/cli/tradeoff-atlas.js');
const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args]);
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
};
const temp = () => mkdtemp(path.join(tmpdir(), 'atlas-cli-'));

test('--help lists every command', async () => {
  const { stdout, code } = await run('--help');
  expect(code).toBe(0);
  for (const c of ['catalog', 'import', 'export', 'lint', 'score']) expect(stdout).toContain(c);
});

test('catalog --json follows the contract in DESIGN.md', async () => {
  const { stdout, code } = await run('catalog', '--json');
  expect(code).toBe(0);
  const c = JSON.parse(stdout);
  expect(c.challenges).toHaveLength(54);
  const cm12 = c.challenges.find((x: { id: string }) => x.id === 'CM12');
  expect(cm12).toMatchObject({
    kind: 'maintainability',
    stage: 'model-drift',
    solution: 'SM12',
    papers: ['LR6', 'LR18', 'LR20', 'LR77', 'LR79'],
  });
  expect(c.solutions[0]).toHaveProperty('challenge');
  expect(c.interdependencies.find((i: { id: string }) => i.id === 'IM07')).toMatchObject({
    from: 'model-training',
    to: 'model-deployment',
    bidirectional: false,
  });
  expect(c.tradeoffs.find((t: { id: string }) => t.id === 'T6')).toMatchObject({ left: 'Scalability', right: 'Cost' });
  expect(c.references).toHaveLength(124);
  for (const key of ['stages', 'strategies', 'guidelines']) expect(Array.isArray(c[key])).toBe(true);
});

test('score prints scores, ranks and win rates, and refuses bad input on stderr', async () => {
  const dir = await temp();
  const good = path.join(dir, 'a.json');
  await writeFile(
    good,
    JSON.stringify({
      options: [
        { id: 'batch', title: 'Batch' },
        { id: 'online', title: 'Online' },
      ],
      criteria: [
        { id: 'acc', tradeoff: 'T2', favours: 'right', type: 'benefit', weight: 3 },
        { id: 'cost', type: 'cost', weight: 1 },
      ],
      ratings: { batch: { acc: 3, cost: 2 }, online: { acc: 5, cost: 4 } },
      montecarlo: { samples: 2000, seed: 7 },
    }),
  );
  const ok = await run('score', good);
  expect(ok.code).toBe(0);
  const report = JSON.parse(ok.stdout);
  // batch: 0.75·0.5 + 0.25·0.75 = 0.5625; online: 0.75·1 + 0.25·0.25 = 0.8125
  expect(report.scores.batch).toBeCloseTo(0.5625, 9);
  expect(report.scores.online).toBeCloseTo(0.8125, 9);
  expect(report.ranks).toEqual({ online: 1, batch: 2 });
  expect(report.winRates.online + report.winRates.batch).toBeCloseTo(1, 9);

  const bad = path.join(dir, 'bad.json');
  await writeFile(
    bad,
    JSON.stringify({
      options: [{ id: 'a', title: 'A' }],
      criteria: [{ id: 'c', type: 'benefit', weight: -1 }],
      ratings: { a: { c: 7 } },
    }),
  );
  const refused = await run('score', bad);
  expect(refused.code).not.toBe(0);
  expect(refused.stdout).toBe('');
  expect(refused.stderr).toMatch(/negative|weight/i);
  expect(refused.stderr).toMatch(/1.*5/);
});

test('export then import round-trips through a workspace, and lint flags unknown keys', async () => {
  const [ws, ws2, out] = [await temp(), await temp(), await temp()];
  await writeFile(
    path.join(out, '0001-use-a-feature-store.md'),
    [
      '# 1. Use a feature store',
      '',
      'Date: 2026-01-05',
      '',
      '## Status',
      '',
      'Accepted',
      '',
      '## Context',
      '',
      'Drift [@CM12] and an unknown key [@CM99].',
      '',
      '## Decision',
      '',
      'We will.',
      '',
      '## Consequences',
      '',
      'Fine.',
      '',
    ].join('\n'),
  );
  const lint = await run('lint', out);
  expect(lint.code).toBe(1);
  expect(lint.stderr).toMatch(/0001-use-a-feature-store\.md:11: .*CM99/);

  const imported = await run('import', out, '--workspace', ws);
  expect(imported.code).toBe(0);
  expect(imported.stdout).toContain('Imported 1 decision');
  const exported = await run('export', '--format', 'adr-tools', '--out', path.join(out, 'again'), '--workspace', ws);
  expect(exported.code).toBe(0);
  expect(await readdir(path.join(out, 'again'))).toEqual(
    expect.arrayContaining(['0001-use-a-feature-store.md', 'index.md']),
  );
  const reimported = await run('import', path.join(out, 'again'), '--workspace', ws2);
  expect(reimported.stdout).toContain('Imported 1 decision');
});

test('errors go to stderr with a non-zero exit', async () => {
  const { code, stderr } = await run('lint', '/no/such/folder');
  expect(code).not.toBe(0);
  expect(stderr).toContain('/no/such/folder: no such file or folder');
  const unknown = await run('frobnicate');
  expect(unknown.code).not.toBe(0);
  expect(unknown.stderr).toMatch(/unknown command/);
});
