// Labels and comma lists for decisions.
import { describe, expect, it } from 'vitest';
import { adrLabel, joinList, splitList } from './decision-labels.ts';

describe('adrLabel', () => {
  it('pads to four digits', () => {
    expect(adrLabel(7)).toBe('ADR-0007');
    expect(adrLabel(12345)).toBe('ADR-12345');
  });
});

describe('splitList', () => {
  it('trims, drops blanks and repeats', () => {
    expect(splitList(' Ada,  Grace ,, Ada, ')).toEqual(['Ada', 'Grace']);
    expect(joinList(splitList('a,b'))).toBe('a, b');
  });
});
