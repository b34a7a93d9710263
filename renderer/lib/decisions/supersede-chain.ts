// The supersede chain around a decision: everything it replaced (transitively), itself, and what replaced it.
import type { Decision } from '../../../electron/common/decision.ts';

/** What the chain needs of a record: its number and links (a list summary or a whole record). */
type Linked = Pick<Decision, 'id' | 'number' | 'supersedes' | 'supersededBy'>;
import { sortDecisions } from '../../../electron/common/decision-order.ts';

/**
 * Every decision linked to `d` through supersede links, `d` included, oldest number first. Records are looked up by
 * number one link at a time: the chain is a few records, the log may be thousands.
 */
export function supersedeChain<T extends Linked>(byNumber: (n: number) => T | undefined, d: T): T[] {
  const seen = new Map<string, T>([[d.id, d]]);
  const stack = [d];
  while (stack.length) {
    const current = stack.pop()!;
    const linked = [...current.supersedes, ...(current.supersededBy === null ? [] : [current.supersededBy])];
    for (const n of linked) {
      const next = byNumber(n);
      if (next && !seen.has(next.id)) {
        seen.set(next.id, next);
        stack.push(next);
      }
    }
  }
  return sortDecisions([...seen.values()]);
}

/** Decisions `d` could be superseded by: any other numbered one not already superseded and not in its own past. */
export function supersedeCandidates<T extends Linked>(decisions: readonly T[], d: Linked): T[] {
  const past = new Set<number>();
  const stack = [...d.supersedes];
  while (stack.length) {
    const n = stack.pop()!;
    if (past.has(n)) continue;
    past.add(n);
    stack.push(...(decisions.find((x) => x.number === n)?.supersedes ?? []));
  }
  return sortDecisions(
    decisions.filter((x) => x.id !== d.id && x.number !== null && x.supersededBy === null && !past.has(x.number)),
  );
}
