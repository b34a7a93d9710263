// Tests of the matrix's keyword matching: stems, stop words, acronyms and whole-word matches.
import { describe, expect, it } from 'vitest';
import { keywordsOf, matchedKeywords, stem, words } from './tradeoff-matrix-keywords.ts';

describe('stem', () => {
  it('folds inflections and British spelling together', () => {
    expect(stem('deployment')).toBe(stem('deploying'));
    expect(stem('Automated')).toBe(stem('automation'));
    expect(stem('standardised')).toBe(stem('standardization'));
    expect(stem('dependencies')).toBe('dependency');
    expect(stem('services')).toBe(stem('service'));
  });
  it('keeps apart words that only look alike', () => {
    expect(stem('distribution')).not.toBe(stem('distributed'));
    expect(stem('process')).toBe('process');
    expect(stem('analysis')).toBe('analysis');
  });
});

describe('keywordsOf', () => {
  it('drops stop words and short words but keeps acronyms', () => {
    expect(keywordsOf(['Hyperparameter Optimization (HPO)', 'Hyper-Parameter Optimization'])).toEqual([
      'hyperparameter',
      'hpo',
    ]);
    expect(keywordsOf(['Automated Machine Learning (AutoML)'])).toEqual(['automl']);
    expect(keywordsOf(['Data Management'])).toEqual([]);
  });
  it('treats hyphenated compounds as one word', () => {
    expect(words('cloud-based ML, end-to-end')).toEqual(['cloudbased', 'ML', 'endtoend']);
  });
});

describe('matchedKeywords', () => {
  it('matches whole stemmed words only', () => {
    expect(matchedKeywords('Increase resources to improve training speed.', ['train', 'speed', 'spe'])).toEqual([
      'train',
      'speed',
    ]);
    expect(matchedKeywords('retrained models', ['train'])).toEqual([]);
  });
});
