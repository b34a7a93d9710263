import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { importFolder } from './import-folder.ts';
import type { ImportResult } from './import-folder.ts';

let dir = '';
let result: ImportResult;

const adrTools = (n: number, title: string, status: string) =>
  `# ${n}. ${title}\n\nDate: 2024-01-0${n}\n\n## Status\n\n${status}\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nq\n`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ta-import-'));
  const files: Record<string, string | Buffer> = {
    'README.md': '# Decisions\n',
    'index.md': '# Index\n',
    'adr-template.md': '# {title}\n',
    'notes.txt': 'not markdown',
    '0001-first.md': adrTools(1, 'First', 'Superseded by [2. Second](0002-second.md)'),
    '0002-second.md': adrTools(
      2,
      'Second',
      'Accepted\n\nSupersedes [1. First](0001-first.md)\n\nSupersedes [8. Gone](0008-gone.md)',
    ),
    '0002-z-duplicate.md': adrTools(2, 'Duplicate', 'Withdrawn'),
    '0003-bad-yaml.md': '---\nstatus: [oops\n---\n# Bad yaml\n',
    '0004-binary.md': Buffer.from([0x23, 0x00, 0x00]),
    '0005-huge.md': Buffer.alloc(5 * 1024 * 1024, 'a'),
    '0006-empty-title.md': '---\nstatus: accepted\ndate: 2024-01-06\n---\n# \n',
    '0007-long-title.md': `---\nstatus: accepted\ndate: 2024-01-07\n---\n# ${'L'.repeat(500)}\n`,
    '20240110-dated.md': '# Dated\n\n- Status: superseded by [20240111-later](20240111-later.md)\n- Date: 2024-01-10\n',
    '20240111-later.md':
      '# Later\n\n- Status: accepted\n- Date: 2024-01-11\n\n## Links\n\n- Supersedes [20240110-dated](20240110-dated.md)\n',
  };
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  await mkdir(path.join(dir, 'sub.md'));
  result = await importFolder(dir, { fallbackDate: '2000-01-01' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const entry = (file: string) => result.report.find((r) => r.file === file);
const decision = (file: string) => result.decisions.find((d) => d.file === file)!;

describe('importFolder', () => {
  it('skips index, README, template and unreadable files with a reason', () => {
    expect(entry('README.md')).toMatchObject({
      status: 'skipped',
      message: 'index, README or template file, not a decision',
    });
    expect(entry('index.md')?.status).toBe('skipped');
    expect(entry('adr-template.md')?.status).toBe('skipped');
    expect(entry('sub.md')).toMatchObject({ status: 'skipped', message: 'not a regular file' });
    expect(entry('0004-binary.md')).toMatchObject({ status: 'skipped', message: 'binary file (contains NUL bytes)' });
    expect(entry('0005-huge.md')).toMatchObject({ status: 'skipped', message: 'file is 5.0 MB; the limit is 1.0 MB' });
    expect(entry('notes.txt')).toBeUndefined();
  });

  it('keeps numbers, dates, statuses and supersede links', () => {
    expect(decision('0001-first.md')).toMatchObject({
      number: 1,
      record: { status: 'superseded', supersededBy: 2, date: '2024-01-01' },
    });
    expect(decision('0002-second.md')).toMatchObject({ number: 2, record: { status: 'accepted', supersedes: [1, 8] } });
    expect(entry('0001-first.md')).toEqual({
      file: '0001-first.md',
      status: 'imported',
      message: 'imported as 0001 (adr-tools)',
    });
  });

  it('renumbers a duplicate and flags an unknown status and a link to a missing record', () => {
    // 0008 is named by a dangling link, so the duplicate goes above it.
    expect(entry('0002-z-duplicate.md')).toMatchObject({ status: 'warning' });
    expect(entry('0002-z-duplicate.md')!.message).toContain(
      'number 0002 is already used by another file; numbered 0009',
    );
    expect(entry('0002-z-duplicate.md')!.message).toContain('unknown status "Withdrawn" imported as proposed');
    expect(entry('0002-second.md')!.message).toContain('supersede link to record 0008, which is not in this folder');
  });

  it('reports malformed front matter, an empty title and a 500-character title', () => {
    expect(entry('0003-bad-yaml.md')!.message).toMatch(/malformed front matter/);
    expect(decision('0006-empty-title.md').record.title).toBe('Empty title');
    expect(entry('0006-empty-title.md')!.message).toContain(
      'no title heading; titled "Empty title" from the file name',
    );
    expect(decision('0007-long-title.md').record.title).toHaveLength(200);
    expect(entry('0007-long-title.md')!.message).toContain('the title is 500 characters; cut to 200');
  });

  it('numbers date-named log4brains files after the rest and resolves their links by file name', () => {
    const dated = decision('20240110-dated.md');
    const later = decision('20240111-later.md');
    expect([dated.number, later.number]).toEqual([10, 11]);
    expect(dated.record).toMatchObject({ status: 'superseded', supersededBy: 11 });
    expect(later.record.supersedes).toEqual([10]);
  });
});
