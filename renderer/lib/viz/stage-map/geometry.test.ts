// Arrow geometry: ends on box borders, bends to the requested side, wraps labels by words.
import { describe, expect, it } from 'vitest';
import { arrowBetween, exitPoint, wrap } from './geometry.ts';

const a = { x: 0, y: 0, width: 100, height: 40 };
const b = { x: 300, y: 0, width: 100, height: 40 };

describe('geometry', () => {
  it('leaves a box through the side facing the target, `gap` beyond the border', () => {
    expect(exitPoint(a, { x: 300, y: 0 }, 3)).toEqual({ x: 53, y: 0 });
    expect(exitPoint(a, { x: 0, y: -300 }, 0)).toEqual({ x: 0, y: -20 });
  });

  it('draws a straight arrow between facing borders and a curve for a bend', () => {
    const straight = arrowBetween(a, b, 0, 2);
    expect(straight.path).toBe('M52,0L248,0');
    expect(straight.length).toBe(196);
    const bent = arrowBetween(a, b, 80, 2);
    expect(bent.path).toMatch(/^M[\d.]+,-[\d.]+Q150,-80 [\d.]+,-[\d.]+$/);
    expect(bent.mid.y).toBeLessThan(-30);
    expect(bent.normal.y).toBeLessThan(0);
  });

  it('wraps by words and never splits one', () => {
    expect(wrap('Hyperparameter Optimization (HPO)', 14)).toEqual(['Hyperparameter', 'Optimization', '(HPO)']);
    expect(wrap('Model Drift', 14)).toEqual(['Model Drift']);
  });
});
