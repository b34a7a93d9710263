// Decisions as search hits.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import type { SearchHit } from '../../../catalog/search.ts';
import { decisionHit, isDecisionHit, searchHits } from './decision-search-doc.ts';

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

describe('searchHits', () => {
  const entry: SearchHit = { id: 'CM12', kind: 'challenge', title: 'Concept drift', subtitle: '', score: 3, terms: [] };
  const other = summaryOf(emptyDecision('0008-monitor-the-store.md', 8, 'Monitor the store'));

  it('puts a decision whose title holds the whole query above the catalogue, the others below it', () => {
    const ids = searchHits([entry], [other, d], 'feature store').hits.map((h) => h.id);
    expect(ids).toEqual([d.id, 'CM12', other.id]);
  });

  it('keeps the catalogue first when no title holds the query', () => {
    expect(searchHits([entry], [other, d], 'drift').hits.map((h) => h.id)).toEqual(['CM12', other.id, d.id]);
  });

  it('makes hits of the first few only, in the same order, and counts them all', () => {
    for (const limit of [0, 1, 2]) {
      const { hits, total } = searchHits([entry], [other, d], 'feature store', limit);
      expect(hits.map((h) => h.id)).toEqual([d.id, 'CM12', other.id].slice(0, limit));
      expect(total).toBe(3);
    }
  });
});
