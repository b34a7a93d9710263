// Normalising criterion weights to sum to 1, refusing inputs that have no meaningful normalisation.

export type WeightsOutcome = { ok: true; weights: Float64Array } | { ok: false; error: string };

export function normaliseWeights(raw: ArrayLike<number>): WeightsOutcome {
  let total = 0;
  for (let k = 0; k < raw.length; k++) {
    const w = raw[k]!;
    if (!Number.isFinite(w) || w < 0)
      return { ok: false, error: `weight ${k + 1} is ${w}; weights must be finite and ≥ 0` };
    total += w;
  }
  // Dividing by a zero total would turn every score into NaN; say what is wrong instead.
  if (total === 0)
    return { ok: false, error: 'all criterion weights are zero; give at least one criterion a weight above 0' };
  const weights = new Float64Array(raw.length);
  for (let k = 0; k < raw.length; k++) weights[k] = raw[k]! / total;
  return { ok: true, weights };
}
