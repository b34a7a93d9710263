// Positions and lookups by number, found by binary search over the list's order.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { positionOf, withNumber } from './list-position.ts';

const row = (id: string, number: number | null) => summaryOf(emptyDecision(id, number, id));
const list = [row('a.md', 1), row('b.md', 3), row('c.md', 3), row('z.md', null)];

describe('positionOf', () => {
  it('finds a row where it is and a new row where it would go, in list order', () => {
    expect(positionOf(list, list[2]!)).toBe(2);
    expect(positionOf(list, row('a2.md', 2))).toBe(1);
    expect(positionOf(list, row('bb.md', 3))).toBe(2);
    expect(positionOf(list, row('y.md', null))).toBe(3);
    expect(positionOf(list, row('zz.md', null))).toBe(4);
    expect(positionOf([], row('a.md', 1))).toBe(0);
  });
});

describe('withNumber', () => {
  it('finds the first record carrying a number, and none for a number no record carries', () => {
    expect(withNumber(list, 3)).toBe(list[1]);
    expect(withNumber(list, 1)).toBe(list[0]);
    expect(withNumber(list, 2)).toBeUndefined();
    expect(withNumber(list, 4)).toBeUndefined();
    expect(withNumber([], 1)).toBeUndefined();
  });
});
