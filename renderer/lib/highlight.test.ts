// Highlighting marks word-start matches only and keeps the text intact.
import { describe, expect, it } from 'vitest';
import { highlight } from './highlight.ts';

describe('highlight', () => {
  it('marks matches at word starts, case-insensitively', () => {
    expect(highlight('Concept drift and model drift', ['drift'])).toEqual([
      { text: 'Concept ', match: false },
      { text: 'drift', match: true },
      { text: ' and model ', match: false },
      { text: 'drift', match: true },
    ]);
  });

  it('does not mark inside words and tolerates regex characters', () => {
    expect(highlight('redrift (a+b)', ['drift', 'a+b'])).toEqual([
      { text: 'redrift (', match: false },
      { text: 'a+b', match: true },
      { text: ')', match: false },
    ]);
  });

  it('knows word starts and case beyond ASCII', () => {
    expect(highlight('Ärger im Bär, ärgerlich', ['ÄR'])).toEqual([
      { text: 'Är', match: true },
      { text: 'ger im Bär, ', match: false },
      { text: 'är', match: true },
      { text: 'gerlich', match: false },
    ]);
  });

  it('returns the text whole without terms', () => {
    expect(highlight('x', [])).toEqual([{ text: 'x', match: false }]);
    expect(
      highlight('abc', ['ab'])
        .map((s) => s.text)
        .join(''),
    ).toBe('abc');
  });
});
