import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from './analysis.ts';
import { analysisDisagreement } from './analysis-agreement.ts';

function analysis(ratings: Analysis['ratings']): Analysis {
  return {
    ...emptyAnalysis('a1', 'Which store?', '2025-01-01T00:00:00.000Z'),
    updatedAt: '2025-04-02T09:00:00.000Z',
    options: [
      { id: 'o1', title: 'Feast', description: '' },
      { id: 'o2', title: 'Homegrown', description: '' },
    ],
    criteria: [{ id: 'c1', title: 'Stability', tradeoff: null, favours: null, type: 'benefit', weight: 1 }],
    ratings,
  };
}

describe('analysisDisagreement', () => {
  it('is null while the chosen option leads, shares the lead, or the decision chose nothing', () => {
    expect(analysisDisagreement(analysis({ o1: { c1: 5 }, o2: { c1: 2 } }), 'Feast')).toBeNull();
    expect(analysisDisagreement(analysis({ o1: { c1: 3 }, o2: { c1: 3 } }), 'Feast')).toBeNull();
    expect(analysisDisagreement(analysis({ o1: { c1: 1 }, o2: { c1: 5 } }), null)).toBeNull();
  });

  it('is null when the analysis cannot be scored or does not weigh the chosen option', () => {
    expect(analysisDisagreement(analysis({ o1: { c1: 1 } }), 'Feast')).toBeNull();
    expect(analysisDisagreement(analysis({ o1: { c1: 1 }, o2: { c1: 5 } }), 'Tecton')).toBeNull();
  });

  it('says who leads now, by how much, and when the analysis was edited; link markup still names the option', () => {
    const d = analysisDisagreement(analysis({ o1: { c1: 2 }, o2: { c1: 5 } }), '[Feast](https://feast.dev)');
    expect(d).toMatchObject({ chosen: 'Feast', leaders: ['Homegrown'], editedOn: '2025-04-02' });
    expect(d!.message).toBe(
      'analysis “Which store?”, edited 2025-04-02, no longer ranks the chosen “Feast” first: “Homegrown” leads with 100.0 against 25.0 (rank 2)',
    );
  });
});
