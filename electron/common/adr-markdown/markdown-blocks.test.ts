// Top-level blocks with offsets: headings split, nested headings and code fences do not.
import { describe, expect, it } from 'vitest';
import { topLevelBlocks } from './markdown-blocks.ts';

describe('topLevelBlocks', () => {
  const src =
    '# Title\n\nIntro text\n\n## Status\n\n- a\n- b\n  more\n\n```\n## not a heading\n```\n\n> ## quoted\n\nSetext\n---\n';
  const blocks = topLevelBlocks(src);

  it('finds root headings with depth, text and line, and ignores headings in code and quotes', () => {
    const headings = blocks.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.type === 'heading' && h.depth, h.type === 'heading' && h.text, h.line])).toEqual([
      [1, 'Title', 1],
      [2, 'Status', 5],
      [2, 'Setext', 17],
    ]);
  });

  it('gives source offsets that slice back to the block, list items included', () => {
    const list = blocks.find((b) => b.type === 'list');
    expect(list && src.slice(list.start, list.end)).toBe('- a\n- b\n  more');
    expect(list?.type === 'list' && list.items.map((i) => src.slice(i.start, i.end))).toEqual(['- a', '- b\n  more']);
    const heading = blocks[0]!;
    expect(src.slice(heading.start, heading.end)).toBe('# Title');
  });
});
