// Tests for the CLI scoring input: accepted shapes and one clear message per kind of mistake.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis } from '../analysis.ts';
import type { ScoreInput } from './input.ts';
import { parseScoreInput } from './parse-input.ts';

const valid = () => ({
  options: [
    { id: 'a', title: 'Monolith' },
    { id: 'b', title: 'Services' },
  ],
  criteria: [
    { id: 'speed', tradeoff: 'T1', favours: 'left', type: 'benefit', weight: 2 },
    { id: 'ops', type: 'cost', weight: 1 },
  ],
  ratings: { a: { speed: 4, ops: 2 }, b: { speed: 3, ops: 4 } },
  montecarlo: { samples: 1000, seed: 7 },
  ahp: {
    criteria: ['ops', 'speed'],
    matrix: [
      [1, 1 / 3],
      [3, 1],
    ],
  },
});

function errorsOf(json: unknown): string[] {
  const r = parseScoreInput(json);
  return r.ok ? [] : r.errors;
}

describe('parseScoreInput', () => {
  it('accepts the documented format', () => {
    const r = parseScoreInput(valid());
    expect(r.ok).toBe(true);
    expect(r.ok && r.input.criteria.map((c) => c.id)).toEqual(['speed', 'ops']);
  });

  it('accepts a saved analysis as it is', () => {
    const analysis = emptyAnalysis('an-1', 'Which serving stack?', '2025-01-01T00:00:00Z');
    analysis.options = [{ id: 'a', title: 'A', description: '' }];
    analysis.criteria = [{ id: 'c', title: 'C', tradeoff: null, favours: null, type: 'cost', weight: 1 }];
    analysis.ratings = { a: { c: 3 } };
    // Also a compile-time check: a saved Analysis is a ScoreInput.
    const input: ScoreInput = analysis;
    expect(parseScoreInput(input).ok).toBe(true);
  });

  it('names the entry and field of a shape error', () => {
    const json = valid();
    delete (json.criteria[1] as { type?: string }).type;
    const errors = errorsOf(json);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^criteria\[1\] \("ops"\)\.type: /);
    expect(errorsOf({ ...valid(), options: 'none' })[0]).toMatch(/^options: /);
  });

  it('reports unknown option and criterion ids in ratings', () => {
    const json = valid();
    (json.ratings as Record<string, Record<string, number>>)['zz'] = { speed: 3 };
    (json.ratings.a as Record<string, number>)['typo'] = 3;
    expect(errorsOf(json)).toEqual(['ratings.a.typo: no criterion has id "typo"', 'ratings.zz: no option has id "zz"']);
  });

  it('reports missing ratings per option', () => {
    const json = { ...valid(), ratings: { a: { speed: 4 } } };
    expect(errorsOf(json)).toEqual([
      'ratings.a: option "a" is not rated on "ops"',
      'ratings.b: option "b" is not rated on "speed", "ops"',
    ]);
  });

  it('does not mistake inherited object properties for ratings', () => {
    // ratings.constructor.length would be Function.length (1) if lookups were not own-property checks.
    const json = {
      options: [{ id: 'constructor' }],
      criteria: [{ id: 'length', type: 'benefit', weight: 1 }],
      ratings: {},
    };
    expect(errorsOf(json)).toEqual(['ratings.constructor: option "constructor" is not rated on "length"']);
  });

  it('reports ratings outside 1–5 or not whole', () => {
    const json = { ...valid(), ratings: { a: { speed: 0, ops: 2.5 }, b: { speed: 6, ops: 4 } } };
    expect(errorsOf(json)).toEqual([
      'ratings.a.speed: 0 is not a whole number from 1 to 5',
      'ratings.a.ops: 2.5 is not a whole number from 1 to 5',
      'ratings.b.speed: 6 is not a whole number from 1 to 5',
    ]);
  });

  it('reports negative weights', () => {
    const json = valid();
    json.criteria[1]!.weight = -1;
    expect(errorsOf(json)).toEqual(['criteria[1] ("ops").weight: weights must be ≥ 0 (got -1)']);
  });

  it('reports duplicate ids', () => {
    const json = valid();
    json.options.push({ id: 'a', title: 'Again' });
    json.criteria.push({ id: 'ops', type: 'cost', weight: 1 });
    expect(errorsOf(json)).toEqual(
      expect.arrayContaining([
        'options[2]: duplicate id "a" (also options[0])',
        'criteria[2]: duplicate id "ops" (also criteria[1])',
      ]),
    );
  });

  it('reports a tradeoff criterion typed as a cost, and a favoured pole without a tradeoff', () => {
    const json = valid();
    json.criteria[0]!.type = 'cost';
    (json.criteria[1] as { favours?: string }).favours = 'right';
    expect(errorsOf(json)).toEqual([
      'criteria[0] ("speed").type: tradeoff criterion must be "benefit"',
      'criteria[1] ("ops").favours: a favoured pole needs a tradeoff',
    ]);
  });

  it('reports an empty problem', () => {
    expect(errorsOf({ options: [], criteria: [], ratings: {} })).toEqual([
      'options: add at least one option',
      'criteria: add at least one criterion',
    ]);
  });

  it('reports AHP matrices that are non-square, non-positive or non-reciprocal', () => {
    expect(errorsOf({ ...valid(), ahp: { criteria: ['ops', 'speed'], matrix: [[1, 3], [1 / 3]] } })).toEqual([
      'ahp.matrix must be square (2×2): row 1 has 1 entries',
    ]);
    expect(
      errorsOf({
        ...valid(),
        ahp: {
          criteria: ['ops', 'speed'],
          matrix: [
            [1, -3],
            [1 / 3, 1],
          ],
        },
      }),
    ).toEqual(['ahp.matrix[0][1] must be positive (got -3)']);
    expect(
      errorsOf({
        ...valid(),
        ahp: {
          criteria: ['ops', 'speed'],
          matrix: [
            [1, 3],
            [3, 1],
          ],
        },
      }),
    ).toEqual(['ahp.matrix[0][1] = 3 and ahp.matrix[1][0] = 3 are not reciprocal (product 9, expected 1)']);
  });

  it('reports AHP criteria that do not match the criteria', () => {
    expect(
      errorsOf({
        ...valid(),
        ahp: {
          criteria: ['ops', 'nope'],
          matrix: [
            [1, 3],
            [1 / 3, 1],
          ],
        },
      }),
    ).toEqual([
      'ahp.criteria[1]: no criterion has id "nope"',
      'ahp.criteria: must list every criterion once; missing "speed"',
    ]);
    expect(
      errorsOf({
        ...valid(),
        ahp: {
          criteria: ['ops', 'ops'],
          matrix: [
            [1, 3],
            [1 / 3, 1],
          ],
        },
      }),
    ).toEqual([
      'ahp.criteria[1]: "ops" is listed twice',
      'ahp.criteria: must list every criterion once; missing "speed"',
    ]);
    expect(errorsOf({ ...valid(), ahp: { criteria: ['ops', 'speed'], matrix: [[1]] } })).toEqual([
      'ahp.matrix: has 1 rows but ahp.criteria lists 2 criteria',
    ]);
  });
});
