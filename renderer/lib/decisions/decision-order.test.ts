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
});
