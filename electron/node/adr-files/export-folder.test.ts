import { afterEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Decision } from '../../common/decision.ts';
import { adrFormats } from '../../common/adr-markdown/types.ts';
import { sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';
import { exportFolder } from './export-folder.ts';
import { importFolder } from './import-folder.ts';

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

const hostile: Decision[] = ['../../etc/passwd', '/absolute/path', 'CON', '..\\..\\win', '', '.hidden'].map(
  (title, i) => ({
    ...sampleDecision,
    id: `h${i}`,
    number: i + 1,
    title: title === '' ? ' ' : title,
    supersedes: [],
  }),
);

describe('exportFolder', () => {
  it.each(adrFormats)('writes %s files only inside the target folder, whatever the titles', async (format) => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ta-export-'));
    const out = path.join(root, 'out');
    const { written } = await exportFolder(hostile, out, { format, resolveCitation: testContext.resolveCitation });
    expect(await readdir(root)).toEqual(['out']);
    for (const file of written) expect(path.dirname(file)).toBe(out);
    const names = await readdir(out);
    expect(names.filter((n) => /^\d{4}-/.test(n)).sort()).toEqual([
      '0001-etc-passwd.md',
      '0002-absolute-path.md',
      '0003-con-adr.md',
      '0004-win.md',
      '0005-untitled.md',
      '0006-hidden.md',
    ]);
    expect(names).toContain('index.md');
    expect(names.some((n) => n.endsWith('.tmp'))).toBe(false);
  });

  it('writes the tool config each format needs', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ta-export-'));
    await exportFolder([sampleDecision], path.join(root, 'a'), {
      format: 'adr-tools',
      resolveCitation: testContext.resolveCitation,
    });
    await exportFolder([sampleDecision], path.join(root, 'l'), {
      format: 'log4brains',
      resolveCitation: testContext.resolveCitation,
    });
    await exportFolder([sampleDecision], path.join(root, 'm'), {
      format: 'madr',
      resolveCitation: testContext.resolveCitation,
    });
    expect(await readFile(path.join(root, 'a', '.adr-dir'), 'utf8')).toBe('.\n');
    expect(await readFile(path.join(root, 'l', '.log4brains.yml'), 'utf8')).toContain('adrFolder: .');
    expect((await readdir(path.join(root, 'm'))).sort()).toEqual(['0007-use-a-feature-store.md', 'index.md']);
  });

  it('refuses two decisions with one number before writing anything', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ta-export-'));
    await expect(
      exportFolder([sampleDecision, { ...sampleDecision, title: 'Other' }], path.join(root, 'x'), {
        format: 'madr',
        resolveCitation: testContext.resolveCitation,
      }),
    ).rejects.toThrow(/share a number/);
    expect(await readdir(root)).toEqual([]);
  });

  it('round-trips a MADR folder losslessly through importFolder', async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'ta-export-'));
    const second: Decision = {
      ...sampleDecision,
      id: 'd-3',
      number: 3,
      title: 'Compute features twice',
      status: 'superseded',
      supersededBy: 7,
      supersedes: [],
    };
    await exportFolder([sampleDecision, second], root, {
      format: 'madr',
      resolveCitation: testContext.resolveCitation,
    });
    const { decisions, report } = await importFolder(root, { fallbackDate: '2000-01-01' });
    expect(report.map((r) => [r.file, r.status])).toEqual([
      ['0003-compute-features-twice.md', 'imported'],
      ['0007-use-a-feature-store.md', 'imported'],
      ['index.md', 'skipped'],
    ]);
    const back = decisions.map((d) => ({
      ...d.record,
      id: d.id,
      number: d.number,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    }));
    expect(back).toEqual([second, sampleDecision]);
  });
});
