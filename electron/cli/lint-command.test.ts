// `tradeoff-atlas lint`: ESLint's exit codes, the stylish and JSON formats, --max-warnings, and where DIR defaults to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lintCommand } from './lint-command.ts';

let root = '';
const clean =
  '# 1. A\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n## Decision\n\nd\n\n## Consequences\n';
// One warning (an unknown status) and nothing else.
const warned = clean.replace('# 1. A', '# 2. B').replace('Accepted', 'Pending');
// One error (an unknown citation) besides being well kept.
const broken = clean.replace('# 1. A', '# 3. C').replace('## Context\n', '## Context\n\nSee [@ZZ99].\n');

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ta-lint-cli-'));
  for (const [folder, files] of Object.entries({
    clean: { '0001-a.md': clean },
    warned: { '0001-a.md': clean, '0002-b.md': warned },
    broken: { '0001-a.md': clean, '0002-b.md': warned, '0003-c.md': broken },
    'repo/docs/decisions': { '0002-b.md': warned },
  })) {
    await mkdir(path.join(root, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(root, folder, name), text);
  }
  await mkdir(path.join(root, 'repo/src/deep'), { recursive: true });
});
afterAll(() => rm(root, { recursive: true, force: true }));

const lint = (dir: string | undefined, opts: Parameters<typeof lintCommand>[1] = {}) =>
  lintCommand(dir, { cwd: root, today: '2026-11-30', ...opts });

describe('lint exit codes', () => {
  it('exits 0 on a clean folder and on warnings alone, 1 on any error', async () => {
    expect((await lint('clean')).code).toBe(0);
    expect((await lint('warned')).code).toBe(0);
    expect((await lint('broken')).code).toBe(1);
  });

  it('exits 1 when warnings exceed --max-warnings, and not when they reach it', async () => {
    expect(await lint('warned', { maxWarnings: '0' })).toMatchObject({
      code: 1,
      err: 'Too many warnings: 1, and the maximum is 0.',
    });
    expect((await lint('warned', { maxWarnings: '1' })).code).toBe(0);
    expect((await lint('warned', { maxWarnings: '-1' })).code).toBe(0);
  });

  it('exits 2, linting nothing, on a bad option or a missing folder', async () => {
    expect(await lint('clean', { format: 'xml' })).toEqual({
      out: '',
      err: 'Unknown format "xml": use stylish or json.',
      code: 2,
    });
    for (const maxWarnings of ['x', '1.5', '-2', '']) expect((await lint('clean', { maxWarnings })).code).toBe(2);
    expect(await lint('nowhere')).toEqual({ out: '', err: 'No such folder: nowhere', code: 2 });
  });
});

describe('lint output', () => {
  it('stylish: file:line: severity message (rule), then the summary', async () => {
    const { out } = await lint('broken');
    expect(out.split('\n')).toEqual([
      'broken/0002-b.md:7: warning status "Pending" is none of draft, proposed, accepted, rejected, deprecated, superseded; kept as written (unknown-status)',
      'broken/0003-c.md:11: error unknown catalogue key [@ZZ99]: no catalogue entry has this key (unknown-key)',
      '',
      '2 problems (1 error, 1 warning)',
    ]);
    expect((await lint('clean')).out).toBe('0 problems (0 errors, 0 warnings)');
  });

  it('json: an array of {file, line, severity, rule, message}, files relative to the folder', async () => {
    const { out } = await lint('broken', { format: 'json' });
    const messages: unknown = JSON.parse(out);
    expect(messages).toEqual([
      expect.objectContaining({ file: '0002-b.md', line: 7, severity: 'warning', rule: 'unknown-status' }),
      {
        file: '0003-c.md',
        line: 11,
        severity: 'error',
        rule: 'unknown-key',
        message: 'unknown catalogue key [@ZZ99]: no catalogue entry has this key',
      },
    ]);
    for (const m of messages as object[])
      expect(Object.keys(m)).toEqual(['file', 'line', 'severity', 'rule', 'message']);
    expect(JSON.parse((await lint('clean', { format: 'json' })).out)).toEqual([]);
  });

  it('without DIR, lints the decision folder found upwards as adr-tools finds it, else the current folder', async () => {
    const found = await lint(undefined, { cwd: path.join(root, 'repo/src/deep') });
    expect(found.out.split('\n')[0]).toMatch(/^\.\.\/\.\.\/docs\/decisions\/0002-b\.md:7: warning /);
    const here = await lint(undefined, { cwd: path.join(root, 'clean') });
    expect(here).toEqual({ out: '0 problems (0 errors, 0 warnings)', err: '', code: 0 });
  });
});
