// exportFolder: bytes kept in the record's own dialect, names the target takes, links following renamed records.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decisionOfFile } from '../../../tests/fixtures/adr-corpora.ts';
import { adrFormats } from '../../common/adr-markdown/types.ts';
import { exportFolder } from './export-folder.ts';

let root = '';
afterEach(() => rm(root, { recursive: true, force: true }));
const out = async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'ta-export-'));
  return path.join(root, 'out');
};
const read = (dir: string, name: string) => readFile(path.join(dir, name), 'utf8');
const resolveCitation = () => null;

const nygard = (n: number, title: string, status: string) =>
  `# ${n}. ${title}\n\nDate: 2024-01-0${n}\n\n## Status\n\n${status}\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nq\n`;
const files = {
  'adr-001-first.md': nygard(1, 'First', 'Superseded by [2. Second](adr-002-second.md)'),
  'adr-002-second.md': nygard(2, 'Second', 'Accepted\n\nSupersedes [1. First](adr-001-first.md)'),
  '20240110-dated.md':
    '# Dated\n\n- Status: accepted\n- Date: 2024-01-10\n\n## Context and Problem Statement\n\nSee [the first](./adr-001-first.md#why).\n',
  '0007-madr.md':
    '---\nstatus: accepted\n---\n# Madr\n\n## Context and Problem Statement\n\nAfter [dated](20240110-dated.md).\n',
};
const records = Object.entries(files).map(([name, text]) => decisionOfFile(name, text));

describe('exportFolder', () => {
  it('copies a record already in the target dialect byte for byte, under its own name where it serves', async () => {
    const dir = await out();
    const { renamed } = await exportFolder(records, { dir, format: 'madr', resolveCitation });
    expect(renamed).toEqual([]);
    expect(await read(dir, '0007-madr.md')).toBe(files['0007-madr.md']);
    expect((await readdir(dir)).sort()).toEqual([...Object.keys(files), 'index.md'].sort());
    // Rendered from its fields: MADR front matter, the supersede reference MADR 4's way.
    expect(await read(dir, 'adr-001-first.md')).toMatch(
      /^---\nstatus: superseded by ADR-0002\ndate: 2024-01-01\n---\n# First\n/,
    );
  });

  it('renames what adr-tools would not list (adr-NNN-, dates) and rewrites the links to them in every file', async () => {
    const dir = await out();
    const { renamed } = await exportFolder(records, { dir, format: 'adr-tools', resolveCitation });
    expect(renamed).toEqual([
      { from: 'adr-001-first.md', to: '0001-first.md' },
      { from: 'adr-002-second.md', to: '0002-second.md' },
      { from: '20240110-dated.md', to: '0008-dated.md' },
    ]);
    expect((await readdir(dir)).sort()).toEqual([
      '.adr-dir',
      '0001-first.md',
      '0002-second.md',
      '0007-madr.md',
      '0008-dated.md',
      'index.md',
    ]);
    // Same dialect: bytes kept but for the link to the renamed record.
    expect(await read(dir, '0001-first.md')).toBe(
      files['adr-001-first.md'].replace('(adr-002-second.md)', '(0002-second.md)'),
    );
    expect(await read(dir, '0008-dated.md')).toMatch(/^# 8\. Dated\n\nDate: 2024-01-10\n\n## Status\n\nAccepted\n/);
    expect(await read(dir, '0008-dated.md')).toContain('See [the first](./0001-first.md#why).');
    expect(await read(dir, '0007-madr.md')).toContain('After [dated](0008-dated.md).');
    expect(await read(dir, 'index.md')).toContain('* [8. Dated](0008-dated.md) — Accepted\n');
  });

  it('writes a supersede reference to a record that is not exported without a link, never a broken one', async () => {
    const dir = await out();
    const orphan = decisionOfFile('0003-orphan.md', '---\nstatus: superseded by ADR-0009\n---\n# Orphan\n');
    await exportFolder([orphan], { dir, format: 'adr-tools', resolveCitation });
    expect(await read(dir, '0003-orphan.md')).toContain('## Status\n\nSuperseded by ADR-0009\n');
    await exportFolder([orphan], { dir: path.join(root, 'l'), format: 'log4brains', resolveCitation });
    expect(await read(path.join(root, 'l'), '0003-orphan.md')).toContain('- Status: superseded by ADR-0009\n');
  });

  it('carries link lines the fields do not hold (Amends, supersedes of an unnumbered record) the target way', async () => {
    const dir = await out();
    const amends = decisionOfFile('0003-tune.md', nygard(3, 'Tune', 'Accepted\n\nAmends [1. First](adr-001-first.md)'));
    const later = decisionOfFile(
      '20240111-later.md',
      '# Later\n\n- Status: accepted\n- Date: 2024-01-11\n\n## Links\n\n- Supersedes [20240110-dated](20240110-dated.md)\n',
    );
    await exportFolder([...records, amends, later], { dir, format: 'madr', resolveCitation });
    expect(await read(dir, '0003-tune.md')).toMatch(
      /## More Information\n\nAmends \[ADR-0001\]\(adr-001-first\.md\)\n$/,
    );
    await exportFolder([...records, amends, later], {
      dir: path.join(root, 'a'),
      format: 'adr-tools',
      resolveCitation,
    });
    expect(await read(path.join(root, 'a'), '0009-later.md')).toContain(
      '## Status\n\nAccepted\n\nSupersedes [8. Dated](0008-dated.md)\n',
    );
  });

  it('writes one decisions.md whose links between records point at their anchors', async () => {
    const dir = await out();
    const { written } = await exportFolder(records, { dir, format: 'madr', combined: true, resolveCitation });
    expect(written).toEqual([path.join(dir, 'decisions.md')]);
    const md = await read(dir, 'decisions.md');
    expect(md).toContain('See [the first](#adr-0001).');
    expect(md).toContain('After [dated](#adr-20240110-dated).');
    expect(md).not.toMatch(/\]\([^)#]*\.md/);
  });

  it.each(adrFormats)('keeps %s files inside the folder whatever the names and titles', async (format) => {
    const dir = await out();
    const hostile = ['../../escape.md', '/abs.md', 'sub/x.md', '.hidden.md', 'CON.md'].map((id, i) => ({
      ...decisionOfFile('0001-x.md', `# ${['../../etc/passwd', '/root', 'a/b', '.', 'CON'][i]}\n`),
      id,
      number: i + 1,
    }));
    await exportFolder(hostile, { dir, format, resolveCitation });
    expect(await readdir(root)).toEqual(['out']);
    expect((await readdir(dir)).filter((n) => !n.startsWith('.') && n !== 'index.md').sort()).toEqual([
      '0001-etc-passwd.md',
      '0002-root.md',
      '0003-a-b.md',
      '0004-untitled.md',
      '0005-con-adr.md',
    ]);
  });

  it('writes the config each tool needs, and refuses to write into a workspace folder', async () => {
    const dir = await out();
    await exportFolder(records, { dir, format: 'log4brains', resolveCitation });
    expect(await read(dir, '.log4brains.yml')).toContain('adrFolder: .');
    await exportFolder(records, { dir: path.join(root, 'a'), format: 'adr-tools', resolveCitation });
    expect(await read(path.join(root, 'a'), '.adr-dir')).toBe('.\n');
    await mkdir(path.join(root, 'ws', '.tradeoff-atlas'), { recursive: true });
    await expect(exportFolder(records, { dir: path.join(root, 'ws'), format: 'madr' })).rejects.toThrow(
      /is a Tradeoff Atlas workspace; export into another folder/,
    );
    expect(await readdir(path.join(root, 'ws'))).toEqual(['.tradeoff-atlas']);
  });
});
