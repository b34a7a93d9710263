// planImport: bytes kept, numbers kept unless taken, nothing imported twice, links following renamed records.
import { describe, expect, it } from 'vitest';
import { planImport } from './import-plan.ts';

const nygard = (n: number, title: string, status = 'Accepted') =>
  `# ${n}. ${title}\n\nDate: 2024-01-0${n}\n\n## Status\n\n${status}\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nq\n`;
const madr = (title: string, status = 'accepted') =>
  `---\nstatus: ${status}\n---\n# ${title}\n\n## Context and Problem Statement\n\nx\n`;

const rows = (plan: ReturnType<typeof planImport>) => plan.map(({ file, status, target }) => [file, status, target]);

describe('planImport', () => {
  it('copies records as they are, and skips README, index, templates and unreadable files with the reason', () => {
    const source = [
      { fileName: '0002-b.md', text: nygard(2, 'B') },
      { fileName: '0001-a.md', text: nygard(1, 'A') },
      { fileName: 'README.md', text: null },
      { fileName: 'adr-template.md', text: null },
      { fileName: '0003-bin.md', text: null, unreadable: 'binary file (contains NUL bytes)' },
    ];
    const plan = planImport(source, []);
    expect(plan.map(({ file, status, message, target }) => [file, status, message, target])).toEqual([
      ['0001-a.md', 'imported', 'copied as it is', '0001-a.md'],
      ['0002-b.md', 'imported', 'copied as it is', '0002-b.md'],
      ['0003-bin.md', 'skipped', 'cannot be read: binary file (contains NUL bytes)', null],
      ['README.md', 'skipped', 'not a decision record (README, index or template)', null],
      ['adr-template.md', 'skipped', 'not a decision record (README, index or template)', null],
    ]);
    expect(plan[0]!.text).toBe(source[1]!.text);
  });

  it('never imports a record twice: same text under the same or any other name, or twice in one import', () => {
    const existing = [{ fileName: '0001-a.md', text: nygard(1, 'A') }];
    const source = [
      { fileName: '0001-a.md', text: nygard(1, 'A') },
      { fileName: '0009-a-copy.md', text: nygard(1, 'A') },
      { fileName: '0010-new.md', text: madr('New') },
      { fileName: '0011-new-again.md', text: madr('New') },
    ];
    const plan = planImport(source, existing);
    expect(plan.map(({ file, status, message, target }) => [file, status, message, target])).toEqual([
      ['0001-a.md', 'skipped', 'already in the workspace as 0001-a.md', '0001-a.md'],
      ['0009-a-copy.md', 'skipped', 'already in the workspace as 0001-a.md', '0001-a.md'],
      ['0010-new.md', 'imported', 'copied as it is', '0010-new.md'],
      ['0011-new-again.md', 'skipped', 'the same text as 0010-new.md, imported once', '0010-new.md'],
    ]);
  });

  it('gives a taken number the next free one: file name in the workspace style, title number, nothing else', () => {
    const existing = [
      { fileName: 'adr-001-first.md', text: nygard(1, 'First') },
      { fileName: 'adr-004-fourth.md', text: nygard(4, 'Fourth') },
    ];
    const text = nygard(4, 'Use MySQL');
    const plan = planImport([{ fileName: '0004-use-mysql.md', text }], existing);
    expect(plan).toEqual([
      {
        file: '0004-use-mysql.md',
        status: 'renumbered',
        message: 'number 0004 is taken in the workspace; renumbered 0005, in the title too',
        target: 'adr-005-use-mysql.md',
        text: text.replace('# 4. Use MySQL', '# 5. Use MySQL'),
      },
    ]);
    // A MADR title carries no number: its bytes stay as they are.
    const madrPlan = planImport([{ fileName: '0001-x.md', text: madr('X') }], existing);
    expect(madrPlan[0]).toMatchObject({ status: 'renumbered', target: 'adr-005-x.md', text: madr('X') });
  });

  it('renumbers the later of two records of one import that share a number', () => {
    const plan = planImport(
      [
        { fileName: '0002-b.md', text: nygard(2, 'B') },
        { fileName: '0002-z.md', text: nygard(2, 'Z') },
        { fileName: '0003-c.md', text: nygard(3, 'C') },
      ],
      [],
    );
    expect(rows(plan)).toEqual([
      ['0002-b.md', 'imported', '0002-b.md'],
      ['0002-z.md', 'renumbered', '0004-z.md'],
      ['0003-c.md', 'imported', '0003-c.md'],
    ]);
    expect(plan[1]!.message).toBe(
      'number 0002 is taken by another record of this import; renumbered 0004, in the title too',
    );
  });

  it('points links between imported records at renamed files, and warns about references by number only', () => {
    const existing = [{ fileName: '0001-ours.md', text: madr('Ours') }];
    const source = [
      { fileName: '0001-old.md', text: nygard(1, 'Old', 'Superseded by [2. New](0002-new.md)') },
      { fileName: '0002-new.md', text: nygard(2, 'New', 'Accepted\n\nSupersedes [1. Old](./0001-old.md#top)') },
      { fileName: '0003-madr.md', text: madr('Madr', 'superseded by ADR-0001') },
    ];
    const plan = planImport(source, existing);
    expect(rows(plan)).toEqual([
      ['0001-old.md', 'renumbered', '0004-old.md'],
      ['0002-new.md', 'imported', '0002-new.md'],
      ['0003-madr.md', 'warning', '0003-madr.md'],
    ]);
    expect(plan[1]!.text).toBe(source[1]!.text.replace('[1. Old](./0001-old.md#top)', '[4. Old](./0004-old.md#top)'));
    expect(plan[1]!.message).toBe('copied as it is; its links to renumbered records now name their new files');
    expect(plan[2]!.text).toBe(source[2]!.text);
    expect(plan[2]!.message).toBe(
      'copied as it is; it refers to ADR-0001 by number, and that record is imported as 0004',
    );
  });

  it('gives an unnumbered record whose name is taken by a different record a free name', () => {
    const existing = [{ fileName: '20240110-dated.md', text: '# Dated\n\n- Status: accepted\n' }];
    const plan = planImport([{ fileName: '20240110-dated.md', text: '# Dated\n\n- Status: rejected\n' }], existing);
    expect(plan[0]).toMatchObject({
      status: 'warning',
      target: '20240110-dated-2.md',
      message: 'a different record is named 20240110-dated.md already; imported as 20240110-dated-2.md',
    });
  });
});
