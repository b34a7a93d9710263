// Which decisions cite a catalogue entry.
import { describe, expect, it } from 'vitest';
import { emptyDecision, type Decision } from '../../electron/common/decision.ts';
import { citationIndex, decisionsCiting } from './catalog-backlinks.ts';

const decision = (number: number, fields: Partial<Decision>): Decision => ({
  ...emptyDecision(`d${number}`, number, `Decision ${number}`, '2024-01-01', '2024-01-01T00:00:00Z'),
  ...fields,
});

const decisions = [
  decision(7, { context: 'Drift [@CM12] again [@cm12]' }),
  decision(2, { drivers: ['cost [@T6]'], moreInformation: 'see [@CM12]' }),
  decision(3, { context: 'nothing cited' }),
];

describe('decisionsCiting', () => {
  it('finds citations in any field, by number, ignoring case', () => {
    expect(decisionsCiting(decisions, 'cm12').map((d) => d.number)).toEqual([2, 7]);
    expect(decisionsCiting(decisions, 'T6').map((d) => d.number)).toEqual([2]);
    expect(decisionsCiting(decisions, 'CM1')).toEqual([]);
  });
});

describe('citationIndex', () => {
  it('maps each cited key to the citing numbers once each', () => {
    expect(Object.fromEntries(citationIndex(decisions))).toEqual({ T6: [2], CM12: [2, 7] });
  });
});
