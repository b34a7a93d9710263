import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sectionKey } from './section-key.ts';
import { listItems, shiftHeadings, splitSections } from './sections.ts';

describe('splitSections', () => {
  const md =
    '# Title ##\n\nintro\n\n## A <!-- optional -->\n\n```\n## not a heading\n```\n\n> ## quoted\n\n### Sub\n\nx\n\nSetext\n------\n\nbody';

  it('splits only at top-level headings and keeps bodies verbatim', () => {
    const { preamble, sections } = splitSections(md, 2);
    expect(preamble).toBe('');
    expect(sections.map((s) => [s.depth, s.heading, s.line])).toEqual([
      [1, 'Title', 1],
      [2, 'A <!-- optional -->', 5],
      [2, 'Setext', 17],
    ]);
    expect(sections[0]!.body).toBe('intro');
    expect(sections[1]!.body).toBe('```\n## not a heading\n```\n\n> ## quoted\n\n### Sub\n\nx');
    expect(sections[1]!.key).toBe('a');
  });

  it('reads list items without their markers', () => {
    expect(listItems('* one\n* two\n  continued\n\n1. three')).toEqual(['one', 'two continued', 'three']);
    expect(sectionKey('  Decision   Drivers <!-- optional -->')).toBe('decision drivers');
  });

  it('shifts headings one level, leaving code alone', () => {
    expect(shiftHeadings('## A\n\n```\n# code\n```\n\nB\n===\n\n###### six', 1)).toBe(
      '### A\n\n```\n# code\n```\n\n## B\n\n###### six',
    );
  });
});

describe('listItems', () => {
  it('reads plain and complex lists alike', () => {
    expect(listItems('* a\n* b [@CM12]\n- c')).toEqual(['a', 'b [@CM12]', 'c']);
    expect(listItems('* a\n  continued\n* b')).toEqual(['a continued', 'b']);
    expect(listItems('1. one\n2. two')).toEqual(['one', 'two']);
    expect(listItems('* * *')).toEqual([]);
    expect(listItems('just text')).toEqual([]);
  });
});

describe('sectionKey', () => {
  // The key as defined: comments out, white space runs to one space, trimmed, lowercased; the fast path must agree.
  const definition = (h: string) =>
    h
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
  it('agrees with its definition on headings made of spaces, comments and letters', () => {
    const piece = fc.constantFrom(' ', '  ', '\u00a0', '\t', '<!--', '-->', 'Status', 'é', 'A', 'x', '<b>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const heading = parts.join('');
        expect(sectionKey(heading)).toBe(definition(heading));
      }),
      { numRuns: 5000 },
    );
  });
});
