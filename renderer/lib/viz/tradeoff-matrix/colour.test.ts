// Tests of the heatmap colours: ordered ramp, and value text that stays readable on every fill.
import { describe, expect, it } from 'vitest';
import { cellFill, contrast, luminance, textOn } from './colour.ts';

describe('cellFill', () => {
  it('darkens with strength on light backgrounds and brightens on dark ones', () => {
    const light = [1, 5, 10].map((v) => luminance(cellFill(v, 10, false)));
    const dark = [1, 5, 10].map((v) => luminance(cellFill(v, 10, true)));
    expect(light[0]! > light[1]! && light[1]! > light[2]!).toBe(true);
    expect(dark[0]! < dark[1]! && dark[1]! < dark[2]!).toBe(true);
  });
  it('gives a lone strength the strongest colour', () => {
    expect(cellFill(1, 1, false)).toBe(cellFill(10, 10, false));
  });
});

describe('textOn', () => {
  it('picks the text colour with at least 4.5:1 contrast on every fill', () => {
    for (const dark of [false, true]) {
      for (let v = 1; v <= 12; v++) {
        const fill = cellFill(v, 12, dark);
        expect(contrast(fill, textOn(fill))).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(textOn('#ffffff')).not.toBe(textOn('#000000'));
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
  });
});
