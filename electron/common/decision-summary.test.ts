import { describe, expect, it } from 'vitest';
import { emptyDecision } from './decision.ts';
import { summaryOf } from './decision-summary.ts';

describe('summaryOf', () => {
  it('keeps what a list row needs and the cited keys, and drops the body', () => {
    const d = emptyDecision('0007-use-a-feature-store.md', 7, 'Use a feature store');
    d.markdown = '# 7. Use a feature store\n\nDrift [@CM12] and [@cm12], cost [@T6].\n';
    d.context = 'Drift [@CM12]';
    d.tags = ['ml'];
    const s = summaryOf(d);
    expect(s).toMatchObject({ id: d.id, number: 7, title: 'Use a feature store', tags: ['ml'] });
    expect(s.citations.sort()).toEqual(['CM12', 'T6']);
    expect(s).not.toHaveProperty('markdown');
    expect(s).not.toHaveProperty('context');
  });
});
