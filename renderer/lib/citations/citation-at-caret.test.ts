// The citation being typed at the caret, and inserting the chosen key.
import { describe, expect, it } from 'vitest';
import { citationAtCaret, insertCitation } from './citation-at-caret.ts';

describe('citationAtCaret', () => {
  it('finds the key typed so far', () => {
    expect(citationAtCaret('see [@CM1', 9)).toEqual({ start: 4, end: 9, query: 'CM1' });
  });

  it('opens on a bare "[@"', () => {
    expect(citationAtCaret('x [@', 4)).toEqual({ start: 2, end: 4, query: '' });
  });

  it('covers the rest of the key and its bracket after the caret', () => {
    expect(citationAtCaret('a [@CM12] b', 6)).toEqual({ start: 2, end: 9, query: 'CM' });
  });

  it.each([
    ['plain text', 5],
    ['[@CM12] done', 12],
    ['[@CM 12', 7],
    ['[CM12', 5],
  ])('is null outside a citation: %s', (text, caret) => {
    expect(citationAtCaret(text, caret)).toBeNull();
  });
});

describe('insertCitation', () => {
  it('replaces the draft and puts the caret after the bracket', () => {
    const text = 'cites [@cm1 here';
    const draft = citationAtCaret(text, 11)!;
    expect(insertCitation(text, draft, 'CM12')).toEqual({ text: 'cites [@CM12] here', caret: 13 });
  });

  it('does not double the closing bracket', () => {
    const text = '[@C] x';
    expect(insertCitation(text, citationAtCaret(text, 3)!, 'CM10').text).toBe('[@CM10] x');
  });
});
