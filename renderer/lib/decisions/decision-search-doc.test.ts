// Decisions as search hits.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { decisionHit, isDecisionHit } from './decision-search-doc.ts';

const d = summaryOf({
  ...emptyDecision('0007-adopt-a-feature-store.md', 7, 'Adopt a feature store'),
  status: 'Approved',
});

describe('decisionHit', () => {
  it('names the decision with its status as written, and the words to highlight', () => {
    const hit = decisionHit(d, 'Feature  store');
    expect(hit).toMatchObject({ id: d.id, title: 'ADR-0007 Adopt a feature store', subtitle: 'Decision · Approved' });
    expect(hit.terms).toEqual(['feature', 'store']);
    expect(isDecisionHit(hit)).toBe(true);
  });

  it('says "no status" rather than inventing one', () => {
    expect(decisionHit({ ...d, status: null }, 'x').subtitle).toBe('Decision · no status');
  });
});
