// When a decision is due for review: its review date has passed and it is still in force.
import type { Lifecycle } from './adr-file/lifecycle.ts';

/** Decisions no longer in force have nothing left to review. */
const retired: ReadonlySet<Lifecycle> = new Set(['superseded', 'rejected', 'deprecated']);

export const isInForce = (lifecycle: Lifecycle | null): boolean => lifecycle === null || !retired.has(lifecycle);

/** True when `reviewBy` is a YYYY-MM-DD day before `today` and the decision is in force; the day itself is not late. */
export function isReviewDue(reviewBy: string | null, lifecycle: Lifecycle | null, today: string): boolean {
  return reviewBy !== null && /^\d{4}-\d{2}-\d{2}$/.test(reviewBy) && reviewBy < today && isInForce(lifecycle);
}
