// Lookups by id and number, and binary-searched positions, kept row by row.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { positionOf, RowLookup } from './row-lookup.ts';

const row = (id: string, number: number | null) => summaryOf(emptyDecision(id, number, id));

describe('positionOf', () => {
  const list = [row('a.md', 1), row('b.md', 3), row('c.md', 3), row('z.md', null)];

  it('finds a row where it is and a new row where it would go, in list order', () => {
    expect(positionOf(list, list[2]!)).toBe(2);
    expect(positionOf(list, row('a2.md', 2))).toBe(1);
    expect(positionOf(list, row('bb.md', 3))).toBe(2);
    expect(positionOf(list, row('y.md', null))).toBe(3);
    expect(positionOf(list, row('zz.md', null))).toBe(4);
    expect(positionOf([], row('a.md', 1))).toBe(0);
  });
});

describe('RowLookup', () => {
  it('follows rows put, replaced and removed, by id and by number', () => {
    const lookup = new RowLookup();
    const first = row('0002-b.md', 2);
    lookup.put(first);
    lookup.put(row('0002-a.md', 2));
    expect(lookup.byNumber(2)?.id).toBe('0002-a.md');
    const renumbered = row('0002-a.md', 7);
    lookup.put(renumbered);
    expect(lookup.byNumber(2)).toBe(first);
    expect(lookup.byNumber(7)).toBe(renumbered);
    expect(lookup.byId('0002-a.md')).toBe(renumbered);
    lookup.remove('0002-b.md');
    expect(lookup.byNumber(2)).toBeUndefined();
    expect(lookup.byId('0002-b.md')).toBeUndefined();
    lookup.remove('not-there.md');
    expect(lookup.byId('0002-a.md')).toBe(renumbered);
  });
});
