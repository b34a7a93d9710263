// Routing one labelled arrow between two boxes: the least bend that keeps the curve and its label clear of other boxes and labels.
import { arrowBetween, inside, overlaps, r1, textWidth, type Arrow, type Box, type Point } from './geometry.ts';

export interface RoutedLabel extends Box { text: string }
export interface Routed { arrow: Arrow; bend: number; label: RoutedLabel }

const LABEL_FONT = 12;
const TRIES = [0, -30, 30, -60, 60, -90, 90, -120, 120];

/** The id sits on its arrow, or beside it (above, for a straight arrow) when the arrow is too short to show around it. */
export function labelFor(text: string, arrow: Arrow, straight: boolean): RoutedLabel {
  const width = textWidth(text, LABEL_FONT, 0.62) + 8;
  const height = LABEL_FONT + 6;
  let { x, y } = arrow.mid;
  if (arrow.length < width + 30) {
    const n: Point = straight && arrow.normal.y > 0 ? { x: -arrow.normal.x, y: -arrow.normal.y } : arrow.normal;
    const off = Math.abs(n.x) * (width / 2) + Math.abs(n.y) * (height / 2) + 5;
    x += n.x * off;
    y += n.y * off;
  }
  return { text, x: r1(x), y: r1(y), width: r1(width), height };
}

/**
 * Tries bends growing away from `base` until the curve misses every obstacle (by 6px) and its label
 * overlaps no obstacle, neither end and no label already placed; falls back to `base` when none does.
 */
export function routeArrow(
  a: Box, b: Box, base: number, gap: number, text: string, obstacles: Box[], labels: Box[],
): Routed {
  const attempt = (bend: number): Routed => {
    const arrow = arrowBetween(a, b, bend, gap);
    return { arrow, bend, label: labelFor(text, arrow, bend === 0) };
  };
  const clear = ({ arrow, label }: Routed) =>
    arrow.samples.every((p) => obstacles.every((o) => !inside(p, o, 6))) &&
    [a, b, ...obstacles, ...labels].every((o) => !overlaps(label, o));
  for (const t of TRIES) {
    const routed = attempt(base + t);
    if (clear(routed)) return routed;
  }
  return attempt(base);
}

/**
 * An arch between two boxes on one row, leaving and entering their top (side -1) or bottom (side 1)
 * edge at the given x ports, vertical at both ends, reaching `rise` px beyond the edge halfway.
 */
export function archBetween(a: Box, b: Box, portA: number, portB: number, side: -1 | 1, rise: number, gap: number, text: string): { path: string; label: RoutedLabel } {
  const y0 = a.y + side * (a.height / 2 + gap);
  const y1 = b.y + side * (b.height / 2 + gap);
  // Both control points 4/3·rise out put the cubic's midpoint exactly `rise` beyond the edge.
  const c0 = y0 + (side * rise * 4) / 3;
  const c1 = y1 + (side * rise * 4) / 3;
  const path = `M${r1(portA)},${r1(y0)}C${r1(portA)},${r1(c0)} ${r1(portB)},${r1(c1)} ${r1(portB)},${r1(y1)}`;
  const width = textWidth(text, LABEL_FONT, 0.62) + 8;
  const mid = { x: (portA + portB) / 2, y: (y0 + y1) / 2 + side * rise };
  return { path, label: { text, x: r1(mid.x), y: r1(mid.y), width: r1(width), height: LABEL_FONT + 6 } };
}
