// Listing order: numbered records first, the rest by file name.
import { describe, expect, it } from 'vitest';
import { sortDecisions } from './decision-order.ts';

describe('sortDecisions', () => {
  it('orders by number, then unnumbered records and equal numbers by file name', () => {
    const ds = [
      { id: 'b.md', number: null },
      { id: '0010-x.md', number: 10 },
      { id: 'a.md', number: null },
      { id: '0002-z.md', number: 2 },
      { id: '0002-a.md', number: 2 },
    ];
    expect(sortDecisions(ds).map((d) => d.id)).toEqual(['0002-a.md', '0002-z.md', '0010-x.md', 'a.md', 'b.md']);
  });

  it('gives a list already in order back as a copy, leaving the input as it was', () => {
    const ds = [
      { id: '0001-a.md', number: 1 },
      { id: '0002-b.md', number: 2 },
      { id: 'c.md', number: null },
    ];
    const sorted = sortDecisions(ds);
    expect(sorted).toEqual(ds);
    expect(sorted).not.toBe(ds);
    const shuffled = [ds[2]!, ds[0]!, ds[1]!];
    expect(sortDecisions(shuffled)).toEqual(ds);
    expect(shuffled[0]).toBe(ds[2]);
  });
});
