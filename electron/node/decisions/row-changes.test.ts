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
});
