// rewriteLinks touches only the hrefs (and numbered labels) of links to renamed records.
import { describe, expect, it } from 'vitest';
import { rewriteLinks } from './rewrite-links.ts';

describe('rewriteLinks', () => {
  const renames = new Map([
    ['0003-old.md', { to: '0009-old.md', number: { from: 3, to: 9 } }],
    ['20240101-dated.md', { to: '0010-dated.md' }],
  ]);

  it('rewrites hrefs, keeping ./, fragments and brackets, and a label naming the old number', () => {
    const text = [
      'Superseded by [3. Old](0003-old.md)',
      'See [ADR-0003](./0003-old.md#why) and <[x](<20240101-dated.md>)>.',
      '[ref]: 0003-old.md',
      'Untouched: [4. Other](0004-other.md), `[3. Old](0003-old.md)`, [3. Old](https://x.y/0003-old.md).',
    ].join('\n');
    expect(rewriteLinks(text, renames).split('\n')).toEqual([
      'Superseded by [9. Old](0009-old.md)',
      'See [ADR-0009](./0009-old.md#why) and <[x](<0010-dated.md>)>.',
      '[ref]: 0009-old.md',
      'Untouched: [4. Other](0004-other.md), `[3. Old](0003-old.md)`, [3. Old](https://x.y/0003-old.md).',
    ]);
  });

  it('points links at an anchor of a combined document', () => {
    expect(rewriteLinks('[A](0003-old.md#x)', new Map([['0003-old.md', { to: '#adr-0003' }]]))).toBe('[A](#adr-0003)');
  });

  it('returns the very same text when nothing is renamed', () => {
    const text = '[A](0001-a.md)\r\n';
    expect(rewriteLinks(text, renames)).toBe(text);
    expect(rewriteLinks(text, new Map())).toBe(text);
  });
});
