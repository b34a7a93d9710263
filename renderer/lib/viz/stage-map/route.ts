// Routing the map's arrows: straight between neighbours, and cubic curves that leave and enter boxes vertically at assigned ports.
import { round1 } from '../../../../electron/common/format.ts';
import { textWidth, type Arrow, type Box, type Point } from './geometry.ts';

export interface RoutedLabel extends Box {
  text: string;
}

const LABEL_FONT = 12;

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
  return { text, x: round1(x), y: round1(y), width: round1(width), height };
}

/** Where an arrow meets a box: x along its top (side -1) or bottom (side 1) edge. */
export interface Port {
  box: Box;
  x: number;
  side: -1 | 1;
}

/**
 * A cubic from one port to another, vertical at both ends, each control point `reach` px beyond
 * its edge: an arch when both ports face the same way, an S-curve when they face each other.
 */
export function portCurve(
  a: Port,
  b: Port,
  reach: number,
  gap: number,
  text: string,
): { path: string; label: RoutedLabel } {
  const y0 = a.box.y + a.side * (a.box.height / 2 + gap);
  const y1 = b.box.y + b.side * (b.box.height / 2 + gap);
  const c0 = y0 + a.side * reach;
  const c1 = y1 + b.side * reach;
  const path = `M${round1(a.x)},${round1(y0)}C${round1(a.x)},${round1(c0)} ${round1(b.x)},${round1(c1)} ${round1(b.x)},${round1(y1)}`;
  const mid = { x: (a.x + b.x) / 2, y: (y0 + 3 * c0 + 3 * c1 + y1) / 8 };
  const width = textWidth(text, LABEL_FONT, 0.62) + 8;
  return { path, label: { text, x: round1(mid.x), y: round1(mid.y), width: round1(width), height: LABEL_FONT + 6 } };
}
