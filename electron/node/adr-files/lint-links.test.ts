// The folder rules (missing link targets, duplicate numbers, unreadable files), each with a failing and a passing folder.
import { describe, expect, it } from 'vitest';
import type { FolderRecord } from './folder-records.ts';
import { lintRecords } from './lint-folder.ts';

const opts = { knownKeys: new Set<string>(), today: '2024-06-01' };

const nygard = (n: number, title: string, status: string) =>
  `# ${n}. ${title}\n\nDate: 2024-01-0${n}\n\n## Status\n\n${status}\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nq\n`;
const madr = (status: string, body = '') =>
  `---\nstatus: ${status}\ndate: 2024-01-02\n---\n# T\n\n## Context and Problem Statement\n\n${body}\n\n## Considered Options\n\n## Decision Outcome\n`;

const errors = (files: FolderRecord[]) =>
  lintRecords(files, opts)
    .filter((m) => m.severity === 'error')
    .map(({ file, line, rule, message }) => ({ file, line, rule, message }));

describe('missing-link-target', () => {
  it('reports a supersede, amend or prose link to a record file that is not in the folder, at its line', () => {
    const files = [
      { fileName: '0001-a.md', text: nygard(1, 'A', 'Superseded by [2. B](0002-b.md)') },
      {
        fileName: '0002-b.md',
        text: nygard(2, 'B', 'Accepted\n\nSupersedes [1. A](0001-a.md)\n\nAmends [8. Gone](./0008-gone.md#why)'),
      },
      { fileName: '0003-c.md', text: madr('accepted', 'See [the old one](0009-older.md) and [the index](index.md).') },
    ];
    expect(errors(files)).toEqual([
      {
        file: '0002-b.md',
        line: 11,
        rule: 'missing-link-target',
        message: '"Amends" link to 0008-gone.md, which is not in this folder',
      },
      {
        file: '0003-c.md',
        line: 9,
        rule: 'missing-link-target',
        message: 'link to 0009-older.md, which is not in this folder',
      },
    ]);
  });

  it('passes links to records that are there, percent-encoded or not, and links that leave the folder', () => {
    const files = [
      { fileName: '0001-use #.md', text: nygard(1, 'A', 'Accepted') },
      {
        fileName: '0002-b.md',
        text: madr('accepted', '[a](0001-use%20%23.md) [b](../other/0009-x.md) [c](https://x.y/0009.md)'),
      },
    ];
    expect(errors(files)).toEqual([]);
  });

  it('reports a supersede reference by number that no record carries, once', () => {
    const files = [
      { fileName: '0045-old.md', text: madr('superseded by ADR-0057') },
      { fileName: '0046-x.md', text: madr('accepted; supersedes ADR-0045') },
      { fileName: '0047-y.md', text: '---\nsupersedes: [45, 12]\n---\n# Y\n' },
      { fileName: '0048-z.md', text: nygard(8, 'Z', 'Superseded by [9. Gone](0009-gone.md)') },
    ];
    expect(errors(files).map((e) => [e.file, e.line, e.message])).toEqual([
      ['0045-old.md', 2, 'supersede reference to ADR-0057, a number no record in this folder has'],
      ['0047-y.md', 2, 'supersede reference to ADR-0012, a number no record in this folder has'],
      ['0048-z.md', 7, '"Superseded by" link to 0009-gone.md, which is not in this folder'],
    ]);
  });
});

describe('duplicate-number', () => {
  it('reports every file of a number used twice, and passes distinct numbers and unnumbered names', () => {
    const files = [
      { fileName: '0002-b.md', text: nygard(2, 'B', 'Accepted') },
      { fileName: '0002-z.md', text: nygard(2, 'Z', 'Accepted') },
      { fileName: '20240101-dated.md', text: '# Dated\n\n- Status: accepted\n' },
      { fileName: '20240102-dated.md', text: '# Dated too\n\n- Status: accepted\n' },
    ];
    expect(errors(files)).toEqual([
      { file: '0002-b.md', line: 1, rule: 'duplicate-number', message: 'number 0002 is also used by 0002-z.md' },
      { file: '0002-z.md', line: 1, rule: 'duplicate-number', message: 'number 0002 is also used by 0002-b.md' },
    ]);
    expect(errors(files.slice(1))).toEqual([]);
  });
});

describe('unreadable-file', () => {
  it('reports a record that could not be read, and skips README, index and templates', () => {
    const files: FolderRecord[] = [
      { fileName: '0001-bin.md', text: null, unreadable: 'binary file (contains NUL bytes)' },
      { fileName: 'README.md', text: null },
      { fileName: 'adr-template.md', text: null },
    ];
    expect(errors(files)).toEqual([
      {
        file: '0001-bin.md',
        line: 1,
        rule: 'unreadable-file',
        message: 'cannot be read: binary file (contains NUL bytes)',
      },
    ]);
    expect(errors(files.slice(1))).toEqual([]);
  });
});
