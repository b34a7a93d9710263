// A small seeded PRNG (mulberry32) so Monte Carlo runs are reproducible from a seed alone.

/** Returns uniform draws in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 by Tommy Ettinger: one 32-bit state word, passes gjrand and PractRand to well beyond the
 * sample counts we use, and needs no allocation per draw.
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * An Exp(1) draw by inversion. The uniform is moved to the middle of its 2^-32-wide cell, so it lies
 * strictly inside (0, 1): the draw is always finite and never exactly 0, and Dirichlet weights built
 * from such draws can never all vanish.
 */
export function exponential(random: Random): number {
  return -Math.log(random() + 0.5 / 4294967296);
}
