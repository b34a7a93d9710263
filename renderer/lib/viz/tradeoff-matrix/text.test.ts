// Tests of label fitting: wrapping, line limits and ellipses.
import { describe, expect, it } from 'vitest';
import { fitLines, textWidth } from './text.ts';

describe('fitLines', () => {
  it('wraps words into lines that fit', () => {
    const lines = fitLines('Modular design and Microservices architecture', 160, 3, 13);
    expect(lines).toEqual(['Modular design and', 'Microservices', 'architecture']);
    for (const l of lines) expect(textWidth(l, 13)).toBeLessThanOrEqual(160);
  });
  it('ends with an ellipsis when lines run out', () => {
    expect(fitLines('Modular design and Microservices architecture', 160, 2, 13)).toEqual([
      'Modular design and',
      'Microservices…',
    ]);
    expect(fitLines('Supercalifragilistic', 60, 1, 13)).toEqual(['Superc…']);
  });
});
