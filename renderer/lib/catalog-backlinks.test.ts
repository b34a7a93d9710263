// Which decisions cite a catalogue entry, and what one decision cites.
import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../electron/common/decision-summary.ts';
import { emptyDecision, type Decision } from '../../electron/common/decision.ts';
import { citationIndex, decisionsCiting, shownCitations } from './catalog-backlinks.ts';

const decision = (number: number | null, markdown: string): Decision => ({
  ...emptyDecision(`d${number ?? 'x'}.md`, number, `Decision ${number}`),
  markdown,
});

const decisions = [
  decision(7, '# 7\n\nDrift [@CM12] again [@cm12]'),
  decision(2, '# 2\n\n* cost [@T6]\n\nsee [@CM12]'),
  decision(null, '# x\n\nalso [@T6]'),
  decision(3, '# 3\n\nnothing cited'),
].map(summaryOf);

describe('decisionsCiting', () => {
  it('finds citations anywhere in the file, by number, ignoring case', () => {
    expect(decisionsCiting(decisions, 'cm12').map((d) => d.number)).toEqual([2, 7]);
    expect(decisionsCiting(decisions, 'T6').map((d) => d.number)).toEqual([2, null]);
    expect(decisionsCiting(decisions, 'CM1')).toEqual([]);
  });
});

describe('citationIndex', () => {
  it('maps each cited key to the citing records once each', () => {
    expect(Object.fromEntries(citationIndex(decisions))).toEqual({ T6: ['d2.md', 'dx.md'], CM12: ['d2.md', 'd7.md'] });
  });
});

describe('shownCitations', () => {
  it('adds what is typed but not saved to what the file cites', () => {
    const d = { ...decision(1, 'see [@CM12]'), context: 'now [@T5] too' };
    expect(shownCitations(d)).toEqual(['CM12', 'T5']);
  });
});
