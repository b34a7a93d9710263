// Tests for the seeded PRNG.
import { describe, expect, it } from 'vitest';
import { exponential, mulberry32 } from './random.ts';

describe('mulberry32', () => {
  it('matches the reference sequence for seed 1', () => {
    // Reference values from an independent Python port of the published algorithm (32-bit wrap-around by & 0xffffffff).
    const r = mulberry32(1);
    expect([r(), r(), r()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('gives the same sequence for the same seed and a different one for another seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(seqA);
    expect(Array.from({ length: 100 }, c)).not.toEqual(seqA);
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const r = mulberry32(7);
    let sum = 0;
    let inRange = true;
    for (let i = 0; i < 100_000; i++) {
      const x = r();
      inRange &&= x >= 0 && x < 1;
      sum += x;
    }
    expect(inRange).toBe(true);
    // The mean of 100,000 U(0,1) draws has standard deviation sqrt(1/12 / 1e5) ≈ 0.0009; 0.005 is over 5σ.
    expect(Math.abs(sum / 100_000 - 0.5)).toBeLessThan(0.005);
  });
});

describe('exponential', () => {
  it('has mean near 1 and is never infinite', () => {
    const r = mulberry32(3);
    let sum = 0;
    let finite = true;
    for (let i = 0; i < 100_000; i++) {
      const x = exponential(r);
      finite &&= Number.isFinite(x) && x >= 0;
      sum += x;
    }
    expect(finite).toBe(true);
    // Exp(1) has variance 1, so the mean of 1e5 draws has σ ≈ 0.0032; 0.02 is over 6σ.
    expect(Math.abs(sum / 100_000 - 1)).toBeLessThan(0.02);
  });
});
