// Supersede chains and who may supersede a decision.
import { describe, expect, it } from 'vitest';
import { emptyDecision, type Decision } from '../../../electron/common/decision.ts';
import { supersedeCandidates, supersedeChain } from './supersede-chain.ts';

const decision = (number: number | null, fields: Partial<Decision> = {}): Decision => ({
  ...emptyDecision(`d${number ?? 'x'}.md`, number, `Decision ${number}`),
  ...fields,
});

// 1 → 3 → 5, and 2 → 3 (3 replaced both 1 and 2); 4 is unrelated.
const list = [
  decision(1, { status: 'superseded', supersededBy: 3 }),
  decision(2, { status: 'superseded', supersededBy: 3 }),
  decision(3, { status: 'superseded', supersedes: [1, 2], supersededBy: 5 }),
  decision(4),
  decision(5, { status: 'accepted', supersedes: [3] }),
  decision(null),
];
const numbers = (ds: Decision[]) => ds.map((d) => d.number);
const byNumber = (n: number) => list.find((d) => d.number === n);

describe('supersedeChain', () => {
  it('follows links both ways from any member', () => {
    expect(numbers(supersedeChain(byNumber, list[0]!))).toEqual([1, 2, 3, 5]);
    expect(numbers(supersedeChain(byNumber, list[4]!))).toEqual([1, 2, 3, 5]);
  });

  it('is just the decision when it has no links', () => {
    expect(numbers(supersedeChain(byNumber, list[3]!))).toEqual([4]);
  });
});

describe('supersedeCandidates', () => {
  it('offers numbered others that are not superseded and not in its past', () => {
    expect(numbers(supersedeCandidates(list, list[4]!))).toEqual([4]);
    expect(numbers(supersedeCandidates(list, list[3]!))).toEqual([5]);
  });
});
