// Exporting a chart as a standalone SVG or PNG file: computed styles inlined as attributes, then a blob download.
import { calendarDate } from '../../../electron/common/format.ts';

/** The styling a chart gets from CSS (classes, custom properties) that a standalone file must carry itself. */
export const inlinedProperties = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
] as const;

/** The part of an element the inliner touches; a DOM Element satisfies it. */
export interface StylableNode {
  readonly children: ArrayLike<StylableNode>;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
}
export type ReadStyle<N> = (node: N) => { getPropertyValue(name: string): string };

/**
 * Copies each source node's computed style onto the matching node of its clone as presentation
 * attributes (so no `var(--…)` or class is left to resolve) and drops what only the live app needs.
 */
export function inlineStyles<N extends StylableNode>(source: N, clone: StylableNode, read: ReadStyle<N>): void {
  const style = read(source);
  for (const name of inlinedProperties) {
    const value = style.getPropertyValue(name).trim();
    if (value) clone.setAttribute(name, value);
  }
  for (const name of ['class', 'tabindex', 'role', 'aria-pressed']) clone.removeAttribute(name);
  for (let i = 0; i < source.children.length; i++) {
    const s = source.children[i];
    const c = clone.children[i];
    if (s && c) inlineStyles(s as N, c, read);
  }
}

/** A serialised <svg> made standalone: XML declaration, SVG namespace, and a background so it reads on any viewer. */
export function standaloneSvg(markup: string, background: string): string {
  const open = markup.match(/^<svg\b[^>]*>/);
  if (!open) throw new Error('not an <svg> element');
  let tag = open[0];
  if (!/\sxmlns=/.test(tag)) tag = tag.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  const rect = `<rect width="100%" height="100%" fill="${background.replace(/"/g, '')}"/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${tag}${rect}${markup.slice(open[0].length)}\n`;
}

/** "tradeoff-atlas-<chart>-YYYY-MM-DD.<ext>", with the chart's name reduced to a safe slug. */
export function exportFileName(chart: string, ext: 'svg' | 'png', date: Date): string {
  const slug =
    chart
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'chart';
  return `tradeoff-atlas-${slug}-${calendarDate(date)}.${ext}`;
}

/** The live chart as standalone SVG text, in the colours of the current scheme. */
export function svgText(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles<Element>(svg, clone, (el) => getComputedStyle(el));
  const background = getComputedStyle(document.documentElement).backgroundColor || '#ffffff';
  return standaloneSvg(new XMLSerializer().serializeToString(clone), background);
}

/** Rasterises SVG text at `scale` through an <img> on a blob: URL (allowed by the CSP) and a canvas. */
export async function pngBlob(text: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const img = new Image(width, height);
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a blob through an <a download> on a blob: URL. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
