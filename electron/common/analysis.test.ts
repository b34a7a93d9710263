// Tests for the saved analysis model: its schema, limits, rating anchors and the empty analysis.
import { describe, expect, it } from 'vitest';
import { analysisPatchSchema, analysisSchema, emptyAnalysis, ratingAnchors, type Analysis } from './analysis.ts';

const sample = (): Analysis => ({
  ...emptyAnalysis('an-1', 'Batch or streaming features?', '2025-01-01T00:00:00Z'),
  options: [
    { id: 'batch', title: 'Batch', description: '' },
    { id: 'stream', title: 'Streaming', description: '' },
  ],
  criteria: [
    { id: 'fresh', title: 'Freshness', tradeoff: 'T3', favours: 'right', type: 'benefit', weight: 3 },
    { id: 'ops', title: 'Operating cost', tradeoff: null, favours: null, type: 'cost', weight: 1 },
  ],
  ratings: { batch: { fresh: 2, ops: 2 }, stream: { fresh: 5, ops: 4 } },
});

describe('analysisSchema', () => {
  it('accepts the empty analysis and a filled one', () => {
    expect(analysisSchema.safeParse(emptyAnalysis('a', 'Q?', 'now')).success).toBe(true);
    expect(analysisSchema.safeParse(sample()).success).toBe(true);
  });

  it('rejects ratings off the 1–5 scale and negative weights', () => {
    const bad = sample();
    bad.ratings = { batch: { fresh: 6 } };
    expect(analysisSchema.safeParse(bad).success).toBe(false);
    bad.ratings = { batch: { fresh: 2.5 } };
    expect(analysisSchema.safeParse(bad).success).toBe(false);
    const negative = sample();
    negative.criteria[0]!.weight = -1;
    expect(analysisSchema.safeParse(negative).success).toBe(false);
  });

  it('enforces the size limits', () => {
    const many = sample();
    many.options = Array.from({ length: 51 }, (_, i) => ({ id: `o${i}`, title: 'O', description: '' }));
    expect(analysisSchema.safeParse(many).success).toBe(false);
    const long = sample();
    long.title = 'x'.repeat(201);
    expect(analysisSchema.safeParse(long).success).toBe(false);
  });

  it('rejects duplicate ids, cost-typed tradeoff criteria and poles without a tradeoff', () => {
    const dup = sample();
    dup.options.push({ id: 'batch', title: 'Again', description: '' });
    const costly = sample();
    costly.criteria[0]!.type = 'cost';
    const pole = sample();
    pole.criteria[1]!.favours = 'left';
    const messages = [dup, costly, pole].map((a) => {
      const r = analysisSchema.safeParse(a);
      return r.success ? '' : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    });
    expect(messages).toEqual([
      'options.2.id: duplicate id "batch"',
      'criteria.0.type: tradeoff criterion "fresh" must be a benefit criterion',
      'criteria.1.favours: criterion "ops" favours a pole but names no tradeoff',
    ]);
  });

  it('allows partial patches that never carry the id', () => {
    expect(analysisPatchSchema.parse({ title: 'New question', id: 'ignored' })).toEqual({ title: 'New question' });
  });
});

describe('ratingAnchors', () => {
  it('anchors each of 1–5 on both scales', () => {
    for (const scale of [ratingAnchors.benefit, ratingAnchors.cost]) {
      expect(scale.map((a) => a.value)).toEqual([1, 2, 3, 4, 5]);
      expect(scale.every((a) => a.label.length > 0 && a.meaning.length > 0)).toBe(true);
    }
    expect([ratingAnchors.benefit[0]!.label, ratingAnchors.benefit[2]!.label, ratingAnchors.benefit[4]!.label]).toEqual(
      ['Very poor', 'Adequate', 'Excellent'],
    );
  });
});
