import { describe, expect, it } from 'vitest';
import { lifecycleOf } from './lifecycle.ts';

describe('lifecycleOf', () => {
  it('takes the first known word, whatever the case', () => {
    expect(lifecycleOf('Accepted')).toBe('accepted');
    expect(lifecycleOf('Approved')).toBe('accepted');
    expect(lifecycleOf('Partly superseded')).toBe('superseded');
    expect(lifecycleOf('accepted; supersedes ADR-0045')).toBe('accepted');
    expect(lifecycleOf('superseded by ADR-0057')).toBe('superseded');
    expect(lifecycleOf('Superceded by [3. X](0003-x.md)')).toBe('superseded');
    expect(lifecycleOf('DRAFT')).toBe('draft');
    expect(lifecycleOf('Rejected')).toBe('rejected');
    expect(lifecycleOf('deprecated')).toBe('deprecated');
  });

  it('calls anything else "other" and keeps absence absent', () => {
    for (const s of ['on hold', 'In Review', 'Under Review', 'Pending', '']) expect(lifecycleOf(s)).toBe('other');
    expect(lifecycleOf(null)).toBeNull();
  });
});
