// Tests of marking the matched keywords inside a consideration.
import { describe, expect, it } from 'vitest';
import { markKeywords } from './highlight.ts';

describe('markKeywords', () => {
  it('marks every word whose stem is a keyword and keeps the rest verbatim', () => {
    const runs = markKeywords('Employ automated deployment, CI/CD pipelines.', ['deploy', 'pipelin']);
    expect(runs).toEqual([
      { text: 'Employ automated ', hit: false },
      { text: 'deployment', hit: true },
      { text: ', CI/CD ', hit: false },
      { text: 'pipelines', hit: true },
      { text: '.', hit: false },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe('Employ automated deployment, CI/CD pipelines.');
  });
  it('matches hyphenated compounds whole', () => {
    expect(markKeywords('Consider cloud-based services', ['cloudbas']).filter((r) => r.hit)).toEqual([
      { text: 'cloud-based', hit: true },
    ]);
    expect(markKeywords('no match here', ['train'])).toEqual([{ text: 'no match here', hit: false }]);
  });
});
