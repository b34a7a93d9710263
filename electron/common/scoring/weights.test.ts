// Tests for weight normalisation.
import { describe, expect, it } from 'vitest';
import { normaliseWeights } from './weights.ts';

describe('normaliseWeights', () => {
  it('divides by the total', () => {
    // 2 + 1 + 1 = 4 → 2/4, 1/4, 1/4.
    const r = normaliseWeights([2, 1, 1]);
    expect(r.ok && [...r.weights]).toEqual([0.5, 0.25, 0.25]);
  });

  it('keeps zero weights at zero', () => {
    // 0 + 3 = 3 → 0, 1.
    const r = normaliseWeights([0, 3]);
    expect(r.ok && [...r.weights]).toEqual([0, 1]);
  });

  it('reports all-zero weights as an error, not NaN', () => {
    const r = normaliseWeights([0, 0, 0]);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/all criterion weights are zero/);
  });

  it('rejects negative and non-finite weights', () => {
    expect(normaliseWeights([1, -1]).ok).toBe(false);
    expect(normaliseWeights([1, Number.NaN]).ok).toBe(false);
    expect(normaliseWeights([1, Number.POSITIVE_INFINITY]).ok).toBe(false);
  });
});
