// Layout of the scalability triangle: the three ecosystem areas at the corners and their two-way interdependencies along the sides.
import { round1 } from '../../../../electron/common/format.ts';
import { arrowBetween, textWidth, wrap, type Box } from '../stage-map/geometry.ts';

export interface TriangleArea {
  id: string;
  name: string;
  challenges: number;
}
export interface TriangleLink {
  id: string;
  from: string;
  to: string;
  bidirectional: boolean;
  title: string;
}
export interface TriangleData {
  areas: TriangleArea[];
  links: TriangleLink[];
}

export interface CornerMark extends Box {
  id: string;
  title: string;
  countLabel: string;
  countY: number;
  lines: { text: string; y: number }[];
}
export interface SideMark {
  id: string;
  from: string;
  to: string;
  path: string;
  title: string;
  markerStart: boolean;
  markerEnd: boolean;
  label: Box & { text: string };
}
export interface TriangleLayout {
  width: number;
  height: number;
  shape: string;
  corners: CornerMark[];
  sides: SideMark[];
}

const MARGIN = 28;
const FONT = 12;
const LINE_H = 16;
const COUNT_H = 18;
const PAD = 10;
const GAP = 3;
const LABEL_ROOM = 34; // outside the sides, for their labels
const MIN_W = 480;
const MIN_H = 400;

/** Corners in the order given: bottom left, bottom right, top. */
export function layoutTriangle(data: TriangleData, size: { width: number; height: number }): TriangleLayout {
  const width = Math.max(MIN_W, Math.round(size.width));
  const height = Math.max(MIN_H, Math.round(size.height));
  const countLabel = (n: number) => `${n} scalability challenge${n === 1 ? '' : 's'}`;
  const nodeW = Math.min(
    230,
    Math.max(150, ...data.areas.map((a) => textWidth(countLabel(a.challenges), FONT) + 2 * PAD)),
  );
  const wrapped = data.areas.map((a) => wrap(a.name, Math.floor((nodeW - 2 * PAD) / (FONT * 0.6))));
  const maxLines = Math.max(1, ...wrapped.map((l) => l.length));
  const nodeH = 2 * PAD + maxLines * LINE_H + COUNT_H;

  // The largest equilateral triangle of corner centres that keeps boxes and side labels inside the margins.
  const availW = width - 2 * MARGIN - nodeW - 2 * LABEL_ROOM;
  const availH = height - 2 * MARGIN - nodeH - LABEL_ROOM;
  const side = Math.min(640, availW, availH / (Math.sqrt(3) / 2));
  const triH = (side * Math.sqrt(3)) / 2;
  const top = (height - triH) / 2;
  const cx = width / 2;
  const spots = [
    { x: cx - side / 2, y: top + triH },
    { x: cx + side / 2, y: top + triH },
    { x: cx, y: top },
  ];

  const corners = data.areas.slice(0, 3).map((a, i): CornerMark => {
    const spot = spots[i]!;
    const lines = wrapped[i] ?? [a.name];
    const boxTop = spot.y - nodeH / 2;
    const textTop = boxTop + PAD + ((maxLines - lines.length) * LINE_H) / 2;
    return {
      id: a.id,
      x: round1(spot.x),
      y: round1(spot.y),
      width: round1(nodeW),
      height: round1(nodeH),
      title: `${a.name}: ${countLabel(a.challenges)}`,
      countLabel: countLabel(a.challenges),
      countY: round1(boxTop + nodeH - PAD - COUNT_H / 2 + 1),
      lines: lines.map((text, j) => ({ text, y: round1(textTop + (j + 0.5) * LINE_H) })),
    };
  });
  const centroid = { x: cx, y: top + (2 * triH) / 3 };

  const sides = data.links.flatMap((l): SideMark[] => {
    const a = corners.find((c) => c.id === l.from);
    const b = corners.find((c) => c.id === l.to);
    if (!a || !b) return [];
    const arrow = arrowBetween(a, b, 0, GAP);
    // The label sits just outside the side, away from the triangle's centre.
    const out = { x: arrow.mid.x - centroid.x, y: arrow.mid.y - centroid.y };
    const len = Math.hypot(out.x, out.y) || 1;
    const lw = textWidth(l.id, FONT, 0.62) + 8;
    const lh = FONT + 6;
    const off = (Math.abs(out.x / len) * lw) / 2 + (Math.abs(out.y / len) * lh) / 2 + 6;
    return [
      {
        id: l.id,
        from: l.from,
        to: l.to,
        path: arrow.path,
        title: `${l.id}: ${l.title}`,
        markerStart: l.bidirectional,
        markerEnd: true,
        label: {
          text: l.id,
          x: round1(arrow.mid.x + (out.x / len) * off),
          y: round1(arrow.mid.y + (out.y / len) * off),
          width: round1(lw),
          height: lh,
        },
      },
    ];
  });

  const shape = `M${spots.map((p) => `${round1(p.x)},${round1(p.y)}`).join('L')}Z`;
  return { width, height, shape, corners, sides };
}
