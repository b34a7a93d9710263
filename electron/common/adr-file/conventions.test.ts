import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultConventions, detectConventions, nextNumber, type FolderConventions } from './conventions.ts';
import { renderNewRecord } from './new-record.ts';

describe('detectConventions', () => {
  it('gives an empty folder MADR 4 with 0001- names and front matter', () => {
    expect(detectConventions([])).toEqual(defaultConventions);
    expect(detectConventions([{ fileName: 'README.md', text: '# Decisions\n' }])).toEqual(defaultConventions);
  });

  it('reads prefix, width, title style, status placement and line endings by majority', () => {
    const files = [
      { fileName: 'adr-001-a.md', text: '# 1. A\r\n\r\nStatus: Accepted\r\n' },
      { fileName: 'adr-002-b.md', text: '# 2. B\r\n\r\nStatus: Proposed\r\n' },
      { fileName: '0003-c.md', text: '# C\n\n## Status\n\nAccepted\n' },
    ];
    expect(detectConventions(files)).toEqual({
      dialect: 'adr-tools',
      prefix: 'adr-',
      width: 3,
      titleStyle: 'numbered',
      statusPlacement: 'inline',
      eol: '\r\n',
    });
  });

  it('recognises log4brains date slugs', () => {
    const files = [{ fileName: '20210102-use-x.md', text: '# Use X\n\n- Status: accepted\n' }];
    expect(detectConventions(files)).toMatchObject({
      dialect: 'log4brains',
      prefix: 'date',
      statusPlacement: 'bullet',
    });
  });

  it('finds again the conventions its own new records follow', () => {
    const conventions = fc
      .tuple(
        fc.constantFrom(
          { dialect: 'madr', statusPlacement: 'front-matter', titleStyle: 'plain' },
          { dialect: 'madr', statusPlacement: 'front-matter', titleStyle: 'numbered' },
          { dialect: 'log4brains', statusPlacement: 'bullet', titleStyle: 'plain' },
          { dialect: 'adr-tools', statusPlacement: 'section', titleStyle: 'numbered' },
          { dialect: 'adr-tools', statusPlacement: 'inline', titleStyle: 'numbered' },
        ),
        fc.constantFrom('', 'adr-', 'ADR-'),
        fc.integer({ min: 1, max: 6 }),
        fc.constantFrom('\n', '\r\n'),
      )
      .map(([c, prefix, width, eol]) => ({ ...c, prefix, width, eol }) as FolderConventions);
    fc.assert(
      // Numbers that fit the width: a wider number shows no padding to detect.
      fc.property(conventions, fc.array(fc.nat(9), { minLength: 1, maxLength: 4 }), (c, numbers) => {
        const files = numbers.map((n) =>
          renderNewRecord(c, { number: n, title: `Record ${n}`, date: '2024-01-02', status: 'accepted' }),
        );
        expect(detectConventions(files)).toEqual(c);
      }),
    );
  });
});

describe('nextNumber', () => {
  it('follows the highest number, never filling gaps or renumbering', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([null, null])).toBe(1);
    expect(nextNumber([0])).toBe(1);
    expect(nextNumber([1, 2, 33, 35, null])).toBe(36);
  });
});
