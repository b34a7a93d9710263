// The supersede chain around a decision: everything it replaced (transitively), itself, and what replaced it.
import type { Decision } from '../../../electron/common/decision.ts';

/** Every decision linked to `d` through supersede links, `d` included, oldest number first. */
export function supersedeChain(decisions: readonly Decision[], d: Decision): Decision[] {
  const byNumber = new Map(decisions.map((x) => [x.number, x]));
  const seen = new Map<number, Decision>([[d.number, d]]);
  const stack = [d];
  while (stack.length) {
    const current = stack.pop()!;
    const linked = [...current.supersedes, ...(current.supersededBy === null ? [] : [current.supersededBy])];
    for (const n of linked) {
      const next = byNumber.get(n);
      if (next && !seen.has(n)) {
        seen.set(n, next);
        stack.push(next);
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.number - b.number);
}

/** Decisions `d` could be superseded by: any other one not already superseded and not in its own past. */
export function supersedeCandidates(decisions: readonly Decision[], d: Decision): Decision[] {
  const past = new Set<number>();
  const stack = [...d.supersedes];
  while (stack.length) {
    const n = stack.pop()!;
    if (past.has(n)) continue;
    past.add(n);
    stack.push(...(decisions.find((x) => x.number === n)?.supersedes ?? []));
  }
  return decisions
    .filter((x) => x.id !== d.id && x.supersededBy === null && !past.has(x.number))
    .sort((a, b) => a.number - b.number);
}
