// Which status a decision may move to from which, and why the others are refused.
import type { DecisionStatus } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';

/**
 * proposed → accepted | rejected: the outcome of review.
 * accepted → deprecated | superseded: a decision in force is retired, or replaced by a newer one.
 * rejected → proposed: a rejected proposal is reopened for another round.
 * deprecated → accepted | superseded: reinstated, or formally replaced later.
 * superseded → nothing: the supersede links are the history; change course with a new decision.
 */
export const statusTransitions: Readonly<Record<DecisionStatus, readonly DecisionStatus[]>> = {
  proposed: ['accepted', 'rejected'],
  accepted: ['deprecated', 'superseded'],
  rejected: ['proposed'],
  deprecated: ['accepted', 'superseded'],
  superseded: [],
};

export function canTransition(from: DecisionStatus, to: DecisionStatus): boolean {
  return statusTransitions[from].includes(to);
}

/** Throws a bad-request AppError saying what the decision may become instead. */
export function assertTransition(number: number, from: DecisionStatus, to: DecisionStatus): void {
  if (canTransition(from, to)) return;
  const allowed = statusTransitions[from];
  const a = /^[aeiou]/.test(from) ? 'an' : 'a';
  const instead = allowed.length
    ? `${a} ${from} decision can become ${allowed.join(' or ')}`
    : `${a} ${from} decision is final; record a new decision to change course`;
  throw new AppError('bad-request', `Decision ${number} cannot go from ${from} to ${to}: ${instead}.`);
}
