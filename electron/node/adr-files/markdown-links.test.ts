// Links with offsets outside code and comments, sibling .md targets, and line numbers.
import { describe, expect, it } from 'vitest';
import { lineFinder, markdownLinks, maskCode, siblingTarget } from './markdown-links.ts';

describe('markdownLinks', () => {
  it('finds inline links and reference definitions with the href offsets, leaving out images, code and comments', () => {
    const text = [
      'See [A](0001-a.md "title") and ![img](0002-pic.md).',
      '`[B](0003-in-code.md)` <!-- [C](0004-in-comment.md) -->',
      '```',
      '[D](0005-in-fence.md)',
      '```',
      '[E \\[x\\]]( <0006 e.md> )',
      '[ref]: ./0007-ref.md',
    ].join('\n');
    const links = markdownLinks(text);
    expect(links.map((l) => [l.label, l.href, text.slice(l.hrefStart, l.hrefEnd)])).toEqual([
      ['A', '0001-a.md', '0001-a.md'],
      ['E \\[x\\]', '<0006 e.md>', '<0006 e.md>'],
      ['ref', './0007-ref.md', './0007-ref.md'],
    ]);
    expect(text[links[0]!.start]).toBe('[');
  });

  it('keeps offsets when masking, whatever the characters', () => {
    const text = 'é `code` 😀 <!--\nx -->\n';
    expect(maskCode(text)).toHaveLength(text.length);
    expect(maskCode(text)).toBe('é        😀     \n     \n');
  });
});

describe('siblingTarget', () => {
  it('names a .md file in the same folder, decoded, and nothing else', () => {
    expect(siblingTarget('0001-a.md')).toBe('0001-a.md');
    expect(siblingTarget('./0001-a.md#part')).toBe('0001-a.md');
    expect(siblingTarget('<0024 use x.md>')).toBe('0024 use x.md');
    expect(siblingTarget('0024-use-#-x.md')).toBeNull();
    expect(siblingTarget('0024-use-%23-x.md')).toBe('0024-use-#-x.md');
    for (const href of ['https://x.y/0001-a.md', '/abs/0001-a.md', '../0001-a.md', 'sub/0001-a.md', '#top', 'a.txt'])
      expect(siblingTarget(href)).toBeNull();
  });
});

describe('lineFinder', () => {
  it('gives the 1-based line of an offset', () => {
    const lineOf = lineFinder('a\nbb\n\nc');
    expect([0, 1, 2, 4, 5, 6].map(lineOf)).toEqual([1, 1, 2, 2, 3, 4]);
  });
});
