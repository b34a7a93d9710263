// Decisions in the shared search index.
import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../../catalog/search.ts';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { decisionSearchDoc } from './decision-search-doc.ts';

const d = summaryOf({
  ...emptyDecision('0007-adopt-a-feature-store.md', 7, 'Adopt a feature store'),
  status: 'Approved',
  tags: ['ml-platform'],
  context: 'Training/serving skew [@CM10]',
  markdown: '# Adopt a feature store\n\nTraining/serving skew [@CM10]\n',
});

describe('decisionSearchDoc', () => {
  it('names the decision with its status as written, and search finds it by title, tag, label and citation', () => {
    const doc = decisionSearchDoc(d);
    expect(doc).toMatchObject({
      id: d.id,
      kind: 'decision',
      title: 'ADR-0007 Adopt a feature store',
      subtitle: 'Decision · Approved',
      papers: ['CM10'],
    });
    const index = new SearchIndex([doc]);
    for (const q of ['feature store', 'ml-platform', 'ADR-0007', 'CM10'])
      expect(index.search(q).map((h) => h.id)).toEqual([d.id]);
    // The body is not in the summary: search never needed every record's text in memory.
    expect(index.search('skew')).toEqual([]);
  });

  it('says "no status" rather than inventing one', () => {
    expect(decisionSearchDoc({ ...d, status: null }).subtitle).toBe('Decision · no status');
  });
});
