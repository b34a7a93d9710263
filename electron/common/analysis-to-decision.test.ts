// Tests for turning a scored analysis into a proposed decision record.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from './analysis.ts';
import { decisionFromAnalysis, draftDecision, suggestedEntries, type CatalogLookup } from './analysis-to-decision.ts';
import { decisionPatchSchema } from './decision-schema.ts';
import { citedKeys, decisionTexts } from './decision.ts';
import { scoreAnalysis, type AnalysisScore } from './scoring/score-analysis.ts';

const lookup: CatalogLookup = {
  tradeoff: new Map([
    ['T2', { id: 'T2', title: 'Speed vs Accuracy', left: 'Speed', right: 'Accuracy' }],
    ['T6', { id: 'T6', title: 'Scalability vs Cost', left: 'Scalability', right: 'Cost' }],
  ]),
  challengesSharingPapers: (id) =>
    ({
      T2: [{ item: { id: 'CM05', title: 'Data drift' }, papers: ['LR110'] }],
      T6: [
        { item: { id: 'CS01', title: 'Distributed training' }, papers: ['LR96', 'LR101'] },
        { item: { id: 'CM05', title: 'Data drift' }, papers: ['LR95'] },
      ],
    })[id] ?? [],
  strategiesSharingPapers: (id) =>
    id === 'T6' ? [{ item: { id: 'ST03', title: 'Modular design' }, papers: ['LR95'] }] : [],
};

const ids = { id: 'd1', number: 7, date: '2025-03-01', now: '2025-03-01T10:00:00.000Z' };

function analysis(): Analysis {
  return {
    ...emptyAnalysis('a1', 'Batch retraining or online learning?', '2025-01-01T00:00:00.000Z'),
    description: 'Fraud scores must keep up with new attack patterns.',
    options: [
      { id: 'batch', title: 'Nightly batch retraining', description: '' },
      { id: 'online', title: 'Online learning', description: 'Update on every labelled event.' },
    ],
    criteria: [
      { id: 'c1', title: 'Scalability over cost', tradeoff: 'T6', favours: 'left', type: 'benefit', weight: 35 },
      { id: 'c2', title: 'Accuracy over speed', tradeoff: 'T2', favours: 'right', type: 'benefit', weight: 40 },
      { id: 'c3', title: 'Operational effort', tradeoff: null, favours: null, type: 'cost', weight: 25 },
    ],
    ratings: { batch: { c1: 3, c2: 5, c3: 2 }, online: { c1: 5, c2: 2, c3: 4 } },
    montecarlo: { samples: 2000, seed: 7, mode: 'dirichlet', spread: 0.2 },
  };
}

function scored(a: Analysis): AnalysisScore {
  const s = scoreAnalysis(a);
  if (!s.ok) throw new Error(s.errors.join('; '));
  return s;
}

describe('decisionFromAnalysis', () => {
  const a = analysis();
  const d = decisionFromAnalysis(a, scored(a), lookup, ids);

  it('makes a proposed decision that links back to the analysis, whose fields pass as an edit of a record', () => {
    const { options, chosenOption, context, drivers, justification, moreInformation, tags } = d;
    const patch = { options, chosenOption, context, drivers, justification, moreInformation, tags };
    expect(decisionPatchSchema.safeParse(patch).success).toBe(true);
    expect(d).toMatchObject({
      id: 'd1',
      number: 7,
      status: 'proposed',
      date: '2025-03-01',
      title: a.title,
      analysisId: 'a1',
    });
    expect(d.context).toContain(a.description);
    expect(d.context).toContain('Derived from analysis “Batch retraining or online learning?”');
  });

  it('writes one driver per criterion with its normalised weight, favoured pole and citation', () => {
    expect(d.drivers).toEqual([
      'Favour Scalability over Cost (weight 35%) [@T6]',
      'Favour Accuracy over Speed (weight 40%) [@T2]',
      'Operational effort, the lower the better (weight 25%)',
    ]);
  });

  it('sorts ratings into pros, neutral and cons, reversing cost criteria and naming the anchors', () => {
    const [batch, online] = d.options;
    expect(batch).toMatchObject({
      id: 'batch',
      pros: ['Accuracy over speed: Excellent (5/5)', 'Operational effort: Low (2/5)'],
      neutral: ['Scalability over cost: Adequate (3/5)'],
      cons: [],
    });
    expect(online).toMatchObject({
      id: 'online',
      description: 'Update on every labelled event.',
      pros: ['Scalability over cost: Excellent (5/5)'],
      neutral: [],
      cons: ['Accuracy over speed: Poor (2/5)', 'Operational effort: High (4/5)'],
    });
  });

  it('chooses the leader and justifies it with margin, win rate and the most critical criterion', () => {
    // batch 0.35·0.5 + 0.4·1 + 0.25·0.75 = 0.7625; online 0.35 + 0.1 + 0.0625 = 0.5125.
    expect(d.chosenOption).toBe('batch');
    expect(d.justification).toContain(
      '“Nightly batch retraining” scores 76.3 of 100, rank 1 of 2, 25.0 points ahead of the runner-up “Online learning” (51.3)',
    );
    expect(d.justification).toMatch(
      /over 2,000 Monte Carlo samples with weights drawn uniformly at random \(Dirichlet, seed 7\), “Nightly batch retraining” wins \d+(\.\d)?% of the time/,
    );
    // Accuracy must fall by 1/3 of the weight (to 0.1 after renormalising) for the two to tie.
    expect(d.justification).toContain(
      'The most critical criterion is “Accuracy over speed”: changing its weight by −33.3 pts of weight (to 10% after renormalising)',
    );
    expect(d.justification).not.toContain('AHP');
  });

  it('ends the justification with the condition under which the leader changes, named by its poles', () => {
    expect(d.justification.split('\n\n').at(-1)).toBe(
      'Revisit when: if Accuracy over Speed weighs less than 10% (now 40%), “Online learning” overtakes “Nightly batch retraining”.',
    );
  });

  it('cites the tradeoffs and the challenges and strategies sharing their papers', () => {
    expect([...new Set(decisionTexts(d).flatMap(citedKeys))]).toEqual(['T6', 'T2', 'CM05', 'CS01', 'ST03']);
    expect(d.moreInformation).toContain('- Data drift [@CM05] (shares LR95, LR110 with T6, T2)');
    expect(d.moreInformation).toContain('| Nightly batch retraining | 76.3 | 1 |');
  });
});

describe('ties and AHP', () => {
  it('chooses nothing when several options share rank 1 and says it is a tie', () => {
    const a = analysis();
    a.ratings.online = { c1: 3, c2: 5, c3: 2 };
    const d = decisionFromAnalysis(a, scored(a), lookup, ids);
    expect(d.chosenOption).toBeNull();
    expect(d.justification).toContain(
      'No option is chosen yet: “Nightly batch retraining” and “Online learning” tie for first place',
    );
    expect(d.moreInformation).toContain('| Online learning | 76.3 | =1 |');
    expect(d.justification).not.toContain('Revisit when');
  });

  it('reports the consistency ratio and warns above 0.10, naming the worst judgement', () => {
    const a = analysis();
    a.ahp = {
      criteria: ['c1', 'c2', 'c3'],
      matrix: [
        [1, 9, 1 / 9],
        [1 / 9, 1, 9],
        [9, 1 / 9, 1],
      ],
    };
    const d = decisionFromAnalysis(a, scored(a), lookup, ids);
    expect(d.justification).toMatch(
      /consistency ratio of \d+\.\d\d, above the 0\.10 limit: revisit the judgements \(most inconsistent: “Scalability over cost” against “Accuracy over speed”\)/,
    );
    a.ahp = {
      criteria: ['c1', 'c2', 'c3'],
      matrix: [
        [1, 1, 1],
        [1, 1, 1],
        [1, 1, 1],
      ],
    };
    expect(decisionFromAnalysis(a, scored(a), lookup, ids).justification).toContain(
      'consistency ratio of 0.00 (acceptable, at most 0.10)',
    );
  });
});

describe('Monte Carlo wording', () => {
  it('names the perturbation spread and seed in perturb mode', () => {
    const a = analysis();
    a.montecarlo = { samples: 500, seed: 3, mode: 'perturb', spread: 0.2 };
    expect(decisionFromAnalysis(a, scored(a), lookup, ids).justification).toMatch(
      /over 500 Monte Carlo samples with each weight perturbed by up to ±20% \(seed 3\), “Nightly batch retraining” wins \d/,
    );
  });
});

describe('draftDecision and helpers', () => {
  it('refuses an analysis that cannot be scored yet, passing on the scoring errors', () => {
    const a = analysis();
    a.ratings = { batch: { c1: 3 } };
    const out = draftDecision(a, lookup, ids);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.join('\n')).toContain('option "online" is not rated');
  });

  it('ranks suggestions by shared papers across tradeoffs', () => {
    expect(suggestedEntries(['T6'], lookup).challenges.map((s) => s.id)).toEqual(['CS01', 'CM05']);
    expect(suggestedEntries([], lookup)).toEqual({ challenges: [], strategies: [] });
  });
});
