// The contrast of an element's text with the ground it is drawn on, read from computed styles as the user sees them.
import type { Locator } from '@playwright/test';

/** WCAG contrast ratio of the element's text colour against its own or its nearest painted ancestor's background. */
export function textContrast(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    // Computed colours come as rgb()/rgba() or, from color-mix, as color(srgb r g b / a) with 0–1 channels.
    const parse = (css: string): [number, number, number, number] => {
      const n = css.match(/[\d.]+/g)!.map(Number);
      const unit = css.startsWith('color(') ? 1 : 255;
      return [n[0]! / unit, n[1]! / unit, n[2]! / unit, n[3] ?? 1];
    };
    const over = (top: number[], bottom: number[]) =>
      top.slice(0, 3).map((c, i) => c * top[3]! + bottom[i]! * (1 - top[3]!));
    // A faded element (opacity) fades its text and its own ground alike over what lies beneath.
    let fade = 1;
    for (let e: Element | null = el; e; e = e.parentElement) fade *= Number(getComputedStyle(e).opacity);
    const layers: number[][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const bg = parse(getComputedStyle(e).backgroundColor);
      if (e === el) bg[3] *= fade;
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] === 1) break;
    }
    let ground = [1, 1, 1];
    for (const layer of layers.reverse()) ground = over(layer, ground);
    const color = parse(getComputedStyle(el).color);
    color[3] *= fade;
    const text = over(color, ground);
    const luminance = (rgb: number[]) =>
      rgb
        .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
        .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);
    const [a, b] = [luminance(text), luminance(ground)].sort((x, y) => y - x);
    return Math.round(((a! + 0.05) / (b! + 0.05)) * 100) / 100;
  });
}
