// Unsaved edits over a record: status as typed, lifecycle derived from it.
import { describe, expect, it } from 'vitest';
import { emptyDecision } from '../../../electron/common/decision.ts';
import { withEdits } from './with-edits.ts';

const d = { ...emptyDecision('0001-a.md', 1, 'A'), status: 'Accepted', lifecycle: 'accepted' as const };

describe('withEdits', () => {
  it('is the record itself without edits', () => {
    expect(withEdits(d, undefined)).toBe(d);
    expect(withEdits(d, { context: 'x' })).toMatchObject({ context: 'x', status: 'Accepted', lifecycle: 'accepted' });
  });

  it('keeps a typed status as written and maps it to a lifecycle', () => {
    expect(withEdits(d, { status: 'Approved' })).toMatchObject({ status: 'Approved', lifecycle: 'accepted' });
    expect(withEdits(d, { status: 'on ' })).toMatchObject({ status: 'on ', lifecycle: 'other' });
    expect(withEdits(d, { status: 'on hold' })).toMatchObject({ status: 'on hold', lifecycle: 'other' });
    expect(withEdits(d, { status: '  ' })).toMatchObject({ status: null, lifecycle: null });
    expect(withEdits(d, { status: null })).toMatchObject({ status: null, lifecycle: null });
  });
});
