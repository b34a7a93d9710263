// Ids in running text become links only when they name a real entry.
import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';

const known = new Set(['CM12', 'LR6', 'LR36']);
const exists = (id: string) => known.has(id);

describe('linkify', () => {
  it('links known ids and keeps the rest as text', () => {
    expect(linkify('see CM12 [LR6] and CM99', exists)).toEqual([
      { text: 'see ', id: null },
      { text: 'CM12', id: 'CM12' },
      { text: ' [', id: null },
      { text: 'LR6', id: 'LR6' },
      { text: '] and CM99', id: null },
    ]);
  });

  it('reads the paper’s spaced form "LR 36"', () => {
    expect(linkify('[LR 36]', exists).find((p) => p.id)).toEqual({ text: 'LR 36', id: 'LR36' });
  });

  it('links every number of a list such as "LR6,18, 20"', () => {
    const known3 = new Set(['LR6', 'LR18', 'LR20']);
    const parts = linkify('(CM12 [LR6,18, 20])', (id) => known3.has(id));
    expect(parts.filter((p) => p.id).map((p) => [p.text, p.id])).toEqual([
      ['LR6', 'LR6'],
      ['18', 'LR18'],
      ['20', 'LR20'],
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('(CM12 [LR6,18, 20])');
  });

  it('keeps the text intact', () => {
    const text = 'CM12 then LR36.';
    expect(
      linkify(text, exists)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
  });
});
