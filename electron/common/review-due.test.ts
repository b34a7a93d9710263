import { describe, expect, it } from 'vitest';
import { isReviewDue } from './review-due.ts';

describe('isReviewDue', () => {
  it('is due the day after the review date, for a decision in force', () => {
    expect(isReviewDue('2024-05-31', 'accepted', '2024-06-01')).toBe(true);
    expect(isReviewDue('2024-05-31', null, '2024-06-01')).toBe(true);
    expect(isReviewDue('2024-06-01', 'accepted', '2024-06-01')).toBe(false);
  });

  it('is never due without a calendar date, or once the decision is superseded, rejected or deprecated', () => {
    expect(isReviewDue(null, 'accepted', '2024-06-01')).toBe(false);
    expect(isReviewDue('next spring', 'accepted', '2024-06-01')).toBe(false);
    for (const l of ['superseded', 'rejected', 'deprecated'] as const)
      expect(isReviewDue('2020-01-01', l, '2024-06-01')).toBe(false);
  });
});
