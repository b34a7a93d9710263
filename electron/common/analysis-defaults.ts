// An analysis's limits, defaults and rating scale, and a new analysis: what needs no zod, so a page can use them
// without loading it (the schemas are in analysis.ts, which names these too).
import type { Analysis, MonteCarloSettings } from './analysis.ts';

/** Limits that keep an analysis readable on screen and cheap to re-score live. */
export const analysisLimits = { options: 50, criteria: 30, title: 200, text: 20_000, samples: 200_000 } as const;

export const tradeoffIds = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'] as const;

export const defaultMonteCarlo: MonteCarloSettings = { samples: 10_000, seed: 1, mode: 'dirichlet', spread: 0.2 };

export interface RatingAnchor {
  value: 1 | 2 | 3 | 4 | 5;
  label: string;
  meaning: string;
}

/**
 * The anchored 1–5 scale. Benefit criteria (every tradeoff criterion) rate how well the option serves
 * the favoured pole or criterion; cost criteria rate how much the option costs, so 5 is the worst.
 */
export const ratingAnchors: { benefit: readonly RatingAnchor[]; cost: readonly RatingAnchor[] } = {
  benefit: [
    { value: 1, label: 'Very poor', meaning: 'Works against the favoured pole or criterion; a serious weakness.' },
    { value: 2, label: 'Poor', meaning: 'Serves it only weakly; expect gaps or workarounds.' },
    { value: 3, label: 'Adequate', meaning: 'Serves it acceptably; neither a strength nor a weakness.' },
    { value: 4, label: 'Good', meaning: 'Serves it well, with minor reservations.' },
    { value: 5, label: 'Excellent', meaning: 'Serves it fully; a clear strength.' },
  ],
  cost: [
    { value: 1, label: 'Very low', meaning: 'A negligible cost or burden.' },
    { value: 2, label: 'Low', meaning: 'A small cost, easily absorbed.' },
    { value: 3, label: 'Moderate', meaning: 'A noticeable cost that needs planning.' },
    { value: 4, label: 'High', meaning: 'A substantial cost that constrains the project.' },
    { value: 5, label: 'Very high', meaning: 'A prohibitive or open-ended cost.' },
  ],
};

export function emptyAnalysis(id: string, title: string, now: string): Analysis {
  return {
    id,
    title,
    description: '',
    options: [],
    criteria: [],
    ratings: {},
    montecarlo: { ...defaultMonteCarlo },
    ahp: null,
    decisionId: null,
    createdAt: now,
    updatedAt: now,
  };
}
