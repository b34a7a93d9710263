// The allowed status transitions and the messages for refused ones.
import { describe, expect, it } from 'vitest';
import { decisionStatuses } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import { assertTransition, canTransition, statusTransitions } from './status-transitions.ts';

describe('status transitions', () => {
  it('allows exactly the documented moves', () => {
    const allowed = decisionStatuses.flatMap((from) =>
      decisionStatuses.filter((to) => canTransition(from, to)).map((to) => `${from}→${to}`),
    );
    expect(allowed).toEqual([
      'proposed→accepted',
      'proposed→rejected',
      'accepted→deprecated',
      'accepted→superseded',
      'rejected→proposed',
      'deprecated→accepted',
      'deprecated→superseded',
    ]);
    expect(Object.keys(statusTransitions).sort()).toEqual([...decisionStatuses].sort());
  });

  it('says what a refused status may become instead', () => {
    expect(() => assertTransition(4, 'rejected', 'accepted')).toThrow(
      'Decision 4 cannot go from rejected to accepted: a rejected decision can become proposed.',
    );
    expect(() => assertTransition(4, 'superseded', 'accepted')).toThrow(
      'a superseded decision is final; record a new decision to change course',
    );
    expect(() => assertTransition(4, 'accepted', 'proposed')).toThrow(AppError);
  });
});
