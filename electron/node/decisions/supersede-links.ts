// Rules and bookkeeping for "newer supersedes older": links both ways, no self-links, no cycles.
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import { canTransition } from './status-transitions.ts';

/** Throws a bad-request AppError saying why `newer` may not supersede `older`. */
export function assertCanSupersede(decisions: readonly Decision[], older: Decision, newer: Decision): void {
  const refuse = (message: string) => {
    throw new AppError('bad-request', message);
  };
  if (older.id === newer.id) refuse(`Decision ${older.number} cannot supersede itself.`);
  if (older.supersededBy !== null) refuse(`Decision ${older.number} is already superseded by ${older.supersededBy}.`);
  if (newer.supersededBy !== null) {
    refuse(
      `Decision ${newer.number} is itself superseded by ${newer.supersededBy}; supersede ${older.number} with that one instead.`,
    );
  }
  if (!canTransition(older.status, 'superseded')) {
    refuse(`Only an accepted or deprecated decision can be superseded; decision ${older.number} is ${older.status}.`);
  }
  if (supersedesTransitively(decisions, older, newer.number)) {
    refuse(
      `Decision ${older.number} already supersedes ${newer.number} (directly or through others), so ${newer.number} cannot supersede ${older.number}.`,
    );
  }
}

/** The two records with the link on both; the inputs are left as they were (stored records are never changed in place). */
export function linkSupersede(older: Decision, newer: Decision, now: string): { older: Decision; newer: Decision } {
  return {
    older: { ...older, status: 'superseded', supersededBy: newer.number, updatedAt: now },
    newer: {
      ...newer,
      supersedes: [...new Set([...newer.supersedes, older.number])].sort((a, b) => a - b),
      updatedAt: now,
    },
  };
}

function supersedesTransitively(decisions: readonly Decision[], from: Decision, target: number): boolean {
  const byNumber = new Map(decisions.map((d) => [d.number, d]));
  const seen = new Set<number>();
  const stack = [...from.supersedes];
  while (stack.length) {
    const n = stack.pop()!;
    if (n === target) return true;
    if (seen.has(n)) continue;
    seen.add(n);
    stack.push(...(byNumber.get(n)?.supersedes ?? []));
  }
  return false;
}
