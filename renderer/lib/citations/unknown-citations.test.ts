// Flags citations that do not resolve, where they are.
import { describe, expect, it } from 'vitest';
import { citationProblems } from './unknown-citations.ts';

const known = (key: string) => ['CM12', 'T6'].includes(key.toUpperCase());

describe('citationProblems', () => {
  it('accepts known keys in any case', () => {
    expect(citationProblems('see [@CM12] and [@t6]', known)).toEqual([]);
  });

  it('reports an unknown key with its line and column', () => {
    const text = 'first\nsecond\nthen [@CM99] here';
    expect(citationProblems(text, known)).toEqual([
      { key: 'CM99', index: 18, line: 3, column: 6, message: 'Unknown catalogue key [@CM99] — line 3' },
    ]);
  });

  it('leaves the line out of one-line texts', () => {
    expect(citationProblems('[@LR999]', known)[0]?.message).toBe('Unknown catalogue key [@LR999]');
  });

  it('reports malformed keys', () => {
    expect(citationProblems('[@feature-store] [@]', known).map((p) => p.message)).toEqual([
      '[@feature-store] is not a catalogue key such as [@CM12]',
      '[@] is not a catalogue key such as [@CM12]',
    ]);
  });
});
