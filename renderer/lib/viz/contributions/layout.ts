// Layout of the contributions chart: one stacked horizontal bar per option, one segment per criterion, score at the end.
import { scaleLinear } from 'd3-scale';
import { criterionKey, points, round1, wholePoints, wrapLabel } from '../../../../electron/common/format.ts';

export interface ContributionsData {
  options: { id: string; label: string; score: number; rank: string }[];
  criteria: { id: string; label: string }[];
  /** values[option][criterion]: the criterion's contribution w_k × u_ik to the option's score, in [0, 1]. */
  values: number[][];
}

export interface SegmentMark {
  option: string;
  criterion: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Which fill pattern and which series colour; both vary, so a segment never relies on colour alone. */
  pattern: number;
  colour: number;
  /** "C2" when the segment is wide enough to hold it. */
  label: string | null;
  title: string;
}
export interface RowMark {
  id: string;
  label: string;
  /** The label on one or two lines, each offset `dy` from the row's middle. */
  lines: { text: string; dy: number }[];
  y: number;
  textY: number;
  scoreX: number;
  scoreText: string;
  barEnd: number;
}
export interface TickMark {
  x: number;
  label: string;
}
export interface ContributionsLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  axisY: number;
  rows: RowMark[];
  segments: SegmentMark[];
  ticks: TickMark[];
}

export const PATTERNS = 6;
export const COLOURS = 8;
const BAR = 24;
const GAP = 12;
const TOP = 6;
const AXIS = 24;
const SCORE_W = 76;
const MIN_LABEL_W = 26;

export function layoutContributions(data: ContributionsData, size: { width: number }): ContributionsLayout {
  const width = Math.max(360, Math.round(size.width));
  const labelW = Math.round(Math.min(200, width * 0.28));
  const plotX = labelW + 8;
  const plotWidth = width - plotX - SCORE_W;
  const x = scaleLinear()
    .domain([0, 1])
    .range([plotX, plotX + plotWidth]);
  const rows: RowMark[] = [];
  const segments: SegmentMark[] = [];
  data.options.forEach((o, i) => {
    const y = TOP + i * (BAR + GAP);
    let start = 0;
    data.criteria.forEach((c, k) => {
      const value = Math.max(0, data.values[i]?.[k] ?? 0);
      const x0 = x(start);
      const w = x(start + value) - x0;
      start += value;
      if (w <= 0) return;
      segments.push({
        option: o.id,
        criterion: c.id,
        x: round1(x0),
        y,
        width: round1(w),
        height: BAR,
        pattern: k % PATTERNS,
        colour: k % COLOURS,
        label: w >= MIN_LABEL_W ? criterionKey(k) : null,
        title: `${o.label} · ${c.label}: ${points(value)} points`,
      });
    });
    rows.push({
      id: o.id,
      label: o.label,
      // Two lines at 14px fit the row's pitch: a long option name wraps before it is cut.
      lines: wrapLabel(o.label, labelW).map((text, j, all) => ({ text, dy: (j - (all.length - 1) / 2) * 14 })),
      y,
      textY: y + BAR / 2,
      barEnd: round1(x(start)),
      scoreX: round1(x(start) + 6),
      scoreText: `${points(o.score)} · rank ${o.rank}`,
    });
  });
  const axisY = TOP + data.options.length * (BAR + GAP) - GAP / 2 + 4;
  const ticks = x.ticks(5).map((t) => ({ x: round1(x(t)), label: wholePoints(t) }));
  return { width, height: axisY + AXIS, plotX, plotWidth: round1(plotWidth), axisY, rows, segments, ticks };
}
