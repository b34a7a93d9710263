import { describe, expect, it } from 'vitest';
import { summaryOf, type DecisionSummary } from '../../common/decision-summary.ts';
import { emptyDecision } from '../../common/decision.ts';
import { RowChanges } from './row-changes.ts';

const row = (n: number, title = `R${n}`): DecisionSummary => summaryOf(emptyDecision(`${n}-r.md`, n, title));

describe('RowChanges', () => {
  it('sends every row to a page without a position, then only the rows that changed or went', () => {
    const changes = new RowChanges();
    const [a, b, c] = [row(1), row(2), row(3)];
    const first = changes.since([a, b, c], null);
    expect(first).toMatchObject({ complete: true, changed: [a, b, c], removed: [] });

    const b2 = row(2, 'R2 renamed');
    const d = row(4);
    const second = changes.since([a, b2, d], first);
    expect(second).toMatchObject({ complete: false, changed: [b2, d], removed: ['3-r.md'] });
    expect(second.revision).toBeGreaterThan(first.revision);

    const third = changes.since([a, b2, d], second);
    expect(third).toMatchObject({ complete: false, changed: [], removed: [], revision: second.revision });
    // A page still at the first position gets everything since then, not only the latest step.
    expect(changes.since([a, b2, d], first)).toMatchObject({ changed: [b2, d], removed: ['3-r.md'] });
  });

  it('sends everything to a page whose position is from another session or ahead of this one', () => {
    const changes = new RowChanges();
    const { session, revision } = changes.since([row(1)], null);
    expect(changes.since([row(1)], { session: 'earlier-host', revision })).toMatchObject({ complete: true });
    expect(changes.since([row(1)], { session, revision: revision + 5 })).toMatchObject({ complete: true });
  });

  it('cuts a complete answer to its first rows in list order when asked, and says how many there are', () => {
    const changes = new RowChanges();
    // In the folder's order, which is the file names': 10 before 2, and a record without a number.
    const [r10, r2, r1, plain] = [row(10), row(2), row(1), summaryOf(emptyDecision('notes.md', null, 'Notes'))];
    const head = changes.since([r10, r2, plain, r1], null, 2);
    expect(head).toMatchObject({ complete: true, changed: [r1, r2], removed: [], total: 4 });
    // The page then reads the whole list from no position: it gets every row.
    expect(changes.since([r10, r2, plain, r1], null)).toMatchObject({ changed: [r10, r2, plain, r1], total: 4 });
    // An answer of changes is never cut.
    expect(changes.since([r10, r2, plain, r1, row(3)], head, 1).changed).toHaveLength(1);
    expect(changes.since([r10, row(2, 'R2 renamed'), plain, r1], head, 1)).toMatchObject({ complete: false, total: 4 });
  });

  it('gives the same frozen complete answer while no row moved, and a new one once one did', () => {
    const changes = new RowChanges();
    const rows = [row(1), row(2), row(3)];
    const whole = changes.since(rows, null);
    const head = changes.since(rows, null, 2);
    expect(Object.isFrozen(whole) && Object.isFrozen(whole.changed)).toBe(true);
    expect(changes.since(rows, null)).toBe(whole);
    expect(changes.since(rows, null, 2)).toBe(head);
    expect(head.changed).toHaveLength(2);
    const renamed = [rows[0]!, row(2, 'R2 renamed'), rows[2]!];
    const after = changes.since(renamed, null);
    expect(after).not.toBe(whole);
    expect(after.changed[1]?.title).toBe('R2 renamed');
    expect(after.revision).toBeGreaterThan(whole.revision);
  });
});
