// Heatmap colours for the tradeoff matrix: a colour-blind-safe viridis ramp and a text colour that contrasts with it.
import { interpolateViridis } from 'd3-scale-chromatic';

export const DARK_TEXT = '#111418';
export const LIGHT_TEXT = '#ffffff';

/**
 * The fill of a cell of strength `value` (≥ 1; empty cells are drawn by the stylesheet).
 * Stronger reads as darker on a light background and as brighter on a dark one.
 */
export function cellFill(value: number, max: number, dark: boolean): string {
  const t = max <= 1 ? 1 : (value - 1) / (max - 1);
  const along = 0.12 + 0.88 * Math.min(1, Math.max(0, t));
  return interpolateViridis(dark ? along : 1 - along);
}

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of a "#rrggbb" or "rgb(r, g, b)" colour. */
export function luminance(colour: string): number {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const rgb = hex ? hex.slice(1).map((h) => parseInt(h, 16)) : (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number);
  const [r = 0, g = 0, b = 0] = rgb;
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** Dark or light text, whichever contrasts more with the fill. */
export const textOn = (fill: string): string =>
  contrast(fill, DARK_TEXT) >= contrast(fill, LIGHT_TEXT) ? DARK_TEXT : LIGHT_TEXT;
