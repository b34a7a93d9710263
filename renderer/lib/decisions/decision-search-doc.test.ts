// Decisions in the shared search index.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../catalog/search.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { decisionSearchDoc } from './decision-search-doc.ts';

const d = {
  ...emptyDecision('abc', 7, 'Adopt a feature store', '2024-01-01', '2024-01-01T00:00:00Z'),
  context: 'Training/serving skew [@CM10]',
};

describe('decisionSearchDoc', () => {
  it('names the decision and lets search find it by title, text, label and citation', () => {
    const doc = decisionSearchDoc(d);
    expect(doc).toMatchObject({
      id: 'abc',
      kind: 'decision',
      title: 'ADR-0007 Adopt a feature store',
      subtitle: 'Decision · Proposed',
      papers: ['CM10'],
    });
    const index = new SearchIndex([doc]);
    for (const q of ['feature store', 'skew', 'ADR-0007', 'CM10'])
      expect(index.search(q).map((h) => h.id)).toEqual(['abc']);
  });
});
