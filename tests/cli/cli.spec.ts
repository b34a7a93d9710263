// The built CLI as scripts use it: the catalogue contract, score, list/new/set on copies of real ADR folders, errors on stderr.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { copyCorpora, type CorpusCopy } from '../fixtures/adr-corpora.ts';
import { changedLines } from '../fixtures/changed-lines.ts';

const cli = path.resolve(import.meta.dirname, '../../dist/cli/tradeoff-atlas.js');
// Where the CLI falls back to when it finds no folder: never the real home of whoever runs the tests.
const dataHome = mkdtempSync(path.join(tmpdir(), 'atlas-cli-data-'));
test.afterAll(() => rmSync(dataHome, { recursive: true, force: true }));

const runIn = async (cwd: string, ...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], {
      cwd,
      env: { ...process.env, XDG_DATA_HOME: dataHome },
    });
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
};
const run = (...args: string[]) => runIn(process.cwd(), ...args);
const made: string[] = [];
test.afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
const temp = async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-cli-'));
  made.push(dir);
  return dir;
};

let corpora: CorpusCopy;
test.beforeAll(() => {
  corpora = copyCorpora();
});
test.afterAll(() => corpora.remove());

/** A fresh copy of one shared corpus (they are read-only input), inside a temporary repository at docs/decisions. */
function corpusRepo(corpus: string): { root: string; dir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'atlas-cli-repo-'));
  made.push(root);
  const dir = path.join(root, 'docs', 'decisions');
  cpSync(corpora.dir(corpus), dir, { recursive: true });
  return { root, dir };
}

test('--help lists every command', async () => {
  const { stdout, code } = await run('--help');
  expect(code).toBe(0);
  for (const c of ['catalog', 'list', 'new', 'set', 'import', 'export', 'lint', 'score']) expect(stdout).toContain(c);
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

test('list --json prints every record: file relative, number from the name, status and date as written or null', async () => {
  const { dir } = corpusRepo('alphagov__govuk-aws');
  const { stdout, code } = await run('list', '--json', '--workspace', dir);
  expect(code).toBe(0);
  const listed = JSON.parse(stdout) as Record<string, unknown>[];
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .sort();
  expect(listed.map((r) => r['file'])).toEqual(files);
  for (const record of listed) {
    expect(Object.keys(record).sort()).toEqual(
      ['date', 'dialect', 'file', 'lifecycle', 'number', 'status', 'supersededBy', 'supersedes', 'title'].sort(),
    );
    const text = readFileSync(path.join(dir, String(record['file'])), 'utf8');
    // Read naively from the file: the first line under "## Status" and the "Date:" line, exactly as written.
    const lines = text.split('\n').map((l) => l.trim());
    const status = lines.slice(lines.indexOf('## Status') + 1).find((l) => l !== '');
    expect(record).toMatchObject({
      number: Number(String(record['file']).slice(0, 4)),
      status,
      date: /^Date: (.+?)\s*$/m.exec(text)![1],
    });
  }
  expect(listed.find((r) => r['file'] === '0003-aws-networking-outline.md')?.['status']).toBe('Partly superseded');

  const madr = corpusRepo('adr__madr');
  const records = JSON.parse((await run('list', '--json', '--workspace', madr.dir)).stdout) as Record<
    string,
    unknown
  >[];
  expect(records[0]).toMatchObject({ file: '0000-use-markdown-architectural-decision-records.md', number: 0 });
  expect(records[0]).toMatchObject({ status: null, date: null });
  expect(records.find((r) => r['file'] === '0003-provide-own-madr-tools.md')?.['status']).toBe('on hold');
});

test('list prints the same from its cache as from the files, and a record changed since as it reads now', async () => {
  const { dir } = corpusRepo('alphagov__govuk-aws');
  // Files modified an hour ago: the cache does not trust a file modified just before it was written.
  const anHourAgo = new Date(Date.now() - 3_600_000);
  for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), anHourAgo, anHourAgo);
  const cold = await run('list', '--json', '--workspace', dir);
  expect(existsSync(path.join(dir, '.tradeoff-atlas', 'cache', 'record-listing.tsv'))).toBe(true);
  const warm = await run('list', '--json', '--workspace', dir);
  expect(warm).toEqual(cold);
  expect((await run('list', '--workspace', dir)).stdout).toContain(
    '0003  Partly superseded  Networking Outline  (0003-aws-networking-outline.md)',
  );

  await run('set', '0003', '--status', 'Accepted', '--workspace', dir);
  const after = JSON.parse((await run('list', '--json', '--workspace', dir)).stdout) as { status: string }[];
  const before = JSON.parse(cold.stdout) as { status: string }[];
  expect(after.map((r) => r.status)).toEqual(before.map((r, i) => (i === 2 ? 'Accepted' : r.status)));
});

test('new prints the path of a record written by the folder’s own conventions', async () => {
  const { dir } = corpusRepo('alphagov__govuk-aws');
  const { stdout, code } = await run('new', 'Use Kafka for feature events', '--workspace', dir);
  expect(code).toBe(0);
  const file = path.join(dir, '0040-use-kafka-for-feature-events.md');
  expect(stdout).toBe(`${file}\n`);
  expect(readFileSync(file, 'utf8')).toMatch(
    /^# 40\. Use Kafka for feature events\n\nDate: \d{4}-\d{2}-\d{2}\n\n## Status\n\nProposed\n\n## Context\n/,
  );

  const madr = corpusRepo('adr__madr');
  const made = await run('new', 'Use Kafka for feature events', '--workspace', madr.dir);
  expect(made.stdout.trim()).toBe(path.join(madr.dir, '0019-use-kafka-for-feature-events.md'));
  expect(readFileSync(made.stdout.trim(), 'utf8')).toMatch(
    /^---\nstatus: proposed\ndate: \d{4}-\d{2}-\d{2}\n---\n# Use Kafka for feature events\n\n## Context and Problem Statement\n/,
  );
});

test('set changes only the status line, and refuses a bad date with a clear message, writing nothing', async () => {
  const { dir } = corpusRepo('alphagov__govuk-aws');
  const file = path.join(dir, '0003-aws-networking-outline.md');
  const before = readFileSync(file, 'utf8');
  const set = await run('set', '0003', '--status', 'Accepted', '--workspace', dir);
  expect(set).toMatchObject({ code: 0, stdout: '0003-aws-networking-outline.md: status Accepted, date 2017-06-30\n' });
  const after = readFileSync(file, 'utf8');
  expect(changedLines(before, after)).toEqual({ removed: ['Partly superseded'], added: ['Accepted'] });

  for (const date of ['30/06/2017', 'yesterday']) {
    const refused = await run('set', '0003', '--date', date, '--workspace', dir);
    expect(refused.code).not.toBe(0);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain('date: dates are YYYY-MM-DD');
  }
  const nothing = await run('set', '0003', '--workspace', dir);
  expect(nothing.code).not.toBe(0);
  expect(nothing.stderr).toContain('Say what to set: --status TEXT and/or --date YYYY-MM-DD.');
  expect(readFileSync(file, 'utf8')).toBe(after);
});

test('finds docs/decisions upwards from the working directory when no --workspace is given', async () => {
  const { root, dir } = corpusRepo('cisagov__manage.get.gov');
  const deep = path.join(root, 'src', 'app');
  mkdirSync(deep, { recursive: true });
  const listed = await runIn(deep, 'list', '--json');
  expect(listed.code).toBe(0);
  expect((JSON.parse(listed.stdout) as { file: string }[]).map((r) => r.file)).toEqual(
    readdirSync(dir)
      .filter((n) => n.endsWith('.md'))
      .sort(),
  );
  const made = await runIn(deep, 'new', 'Adopt HTMX everywhere');
  expect(made.stdout.trim()).toBe(path.join(dir, '0033-adopt-htmx-everywhere.md'));
  expect(readdirSync(dataHome)).toEqual([]);
});

test('errors go to stderr with a non-zero exit', async () => {
  const { code, stderr } = await run('score', '/no/such/analysis.json');
  expect(code).not.toBe(0);
  expect(stderr).toContain('/no/such/analysis.json: no such file or folder');
  const missing = await run('set', '0999', '--status', 'Accepted', '--workspace', corpusRepo('adr__madr').dir);
  expect(missing.code).not.toBe(0);
  expect(missing.stderr).toContain('No record "0999" in this folder');
  // Said as the command's own error, not as a bug: the entry and the command are bundled apart.
  expect(missing.stderr).not.toContain('Something unexpected');
  const unknown = await run('frobnicate');
  expect(unknown.code).not.toBe(0);
  expect(unknown.stderr).toMatch(/unknown command/);
});
