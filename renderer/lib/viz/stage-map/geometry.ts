// Geometry shared by the map layouts: arrows that bend by a given amount and stop at the border of the boxes they join.
import { round1 } from '../../../../electron/common/format.ts';

export interface Point {
  x: number;
  y: number;
}
/** A box by its centre and size; every map node is one. */
export interface Box extends Point {
  width: number;
  height: number;
}

const fmt = (p: Point) => `${round1(p.x)},${round1(p.y)}`;

/** Where a ray from the box's centre towards `toward` leaves the box, pushed `gap` further out. */
export function exitPoint(box: Box, toward: Point, gap: number): Point {
  const dx = toward.x - box.x;
  const dy = toward.y - box.y;
  const len = Math.hypot(dx, dy) || 1;
  const tx = dx === 0 ? Infinity : box.width / 2 / Math.abs(dx);
  const ty = dy === 0 ? Infinity : box.height / 2 / Math.abs(dy);
  const t = Math.min(tx, ty);
  return { x: box.x + dx * t + (dx / len) * gap, y: box.y + dy * t + (dy / len) * gap };
}

export interface Arrow {
  path: string;
  start: Point;
  end: Point;
  /** The point halfway along the curve, where its label goes. */
  mid: Point;
  /** Unit normal at the midpoint, on the side the curve bends towards (or the left of travel when straight). */
  normal: Point;
  /** Straight-line distance between the visible ends. */
  length: number;
}

/**
 * A quadratic curve from box `a` to box `b` whose control point sits `bend` px off the chord's
 * midpoint along its left normal (so the curve's apex is bend/2 away), trimmed `gap` px outside both boxes.
 */
export function arrowBetween(a: Box, b: Box, bend: number, gap: number): Arrow {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const left = { x: dy / len, y: -dx / len };
  const control = { x: (a.x + b.x) / 2 + left.x * bend, y: (a.y + b.y) / 2 + left.y * bend };
  const start = exitPoint(a, control, gap);
  const end = exitPoint(b, control, gap);
  const at = (t: number) => ({
    x: (1 - t) ** 2 * start.x + 2 * t * (1 - t) * control.x + t ** 2 * end.x,
    y: (1 - t) ** 2 * start.y + 2 * t * (1 - t) * control.y + t ** 2 * end.y,
  });
  const mid = at(0.5);
  const path = bend === 0 ? `M${fmt(start)}L${fmt(end)}` : `M${fmt(start)}Q${fmt(control)} ${fmt(end)}`;
  const sign = bend < 0 ? -1 : 1;
  return {
    path,
    start,
    end,
    mid,
    normal: { x: left.x * sign, y: left.y * sign },
    length: Math.hypot(end.x - start.x, end.y - start.y),
  };
}

/** Approximate rendered width of a label: layouts cannot measure text, so they budget per character. */
export const textWidth = (text: string, fontSize: number, perChar = 0.6): number => text.length * fontSize * perChar;

/** Greedy word wrap to at most `maxChars` per line (a word longer than that gets its own line). */
export function wrap(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= maxChars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
