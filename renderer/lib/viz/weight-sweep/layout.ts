// Layout of a weight sweep: each option's score as one criterion's weight runs 0 → 100%, the current weight and the leader changes marked.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { WeightSweep } from '../../../../electron/common/scoring/sweep.ts';
import { percent, round1, wholePoints, wrapLabel } from '../../../../electron/common/format.ts';

export interface SweepData {
  options: { id: string; label: string }[];
  criterion: string;
  sweep: WeightSweep;
}

export interface SweepLine {
  option: string;
  d: string;
  dash: number;
  colour: number;
  /** `text` is the whole name; `lines` what is drawn, two lines where the plot has the height for every name. */
  label: { x: number; y: number; text: string; lines: { text: string; dy: number }[] };
}
export interface CrossingMark {
  x: number;
  y: number;
  label: string;
  title: string;
}
export interface SweepLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  lines: SweepLine[];
  current: { x: number; label: string };
  crossings: CrossingMark[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
}

export const DASHES = 4;
const M = { top: 22, right: 150, bottom: 34, left: 44 };
const LABEL_GAP = 14;

/** Moves end labels apart (top to bottom) so none is closer than `gap` to the previous, keeping their order. */
export function spreadLabels(ys: readonly number[], gap: number, min: number, max: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const out = new Array<number>(ys.length);
  let prev = -Infinity;
  for (const o of order) {
    const y = Math.max(o.y, prev + gap, min);
    out[o.i] = y;
    prev = y;
  }
  // If the stack ran off the bottom, slide it back up as a block.
  const over = Math.max(0, prev - max);
  return out.map((y) => Math.round((y - over) * 10) / 10);
}

export function layoutWeightSweep(data: SweepData, size: { width: number; height: number }): SweepLayout {
  const width = Math.max(360, Math.round(size.width));
  const height = Math.max(200, Math.round(size.height));
  const plot = { x: M.left, y: M.top, width: width - M.left - M.right, height: height - M.top - M.bottom };
  const { sweep } = data;
  const all = sweep.scores.flat();
  const lo = Math.min(...all);
  const hi = Math.max(...all);
  const pad = Math.max(0.02, (hi - lo) * 0.08);
  const x = scaleLinear()
    .domain([0, 1])
    .range([plot.x, plot.x + plot.width]);
  const y = scaleLinear()
    .domain([Math.max(0, lo - pad), Math.min(1, hi + pad)])
    .nice()
    .range([plot.y + plot.height, plot.y]);
  const path = line<[number, number]>()
    .x((p) => round1(x(p[0])))
    .y((p) => round1(y(p[1])));
  // A long name wraps onto a second line when every name can have two lines' height beside the plot; else it is cut.
  const twoLines = data.options.length * 2 * LABEL_GAP <= plot.height;
  const names = data.options.map((o) => wrapLabel(o.label, M.right - 12, twoLines ? 2 : 1));
  const ends = spreadLabels(
    sweep.scores.map((s) => y(s[s.length - 1] ?? 0)),
    LABEL_GAP * Math.max(1, ...names.map((n) => n.length)),
    plot.y,
    plot.y + plot.height,
  );
  const lines = data.options.map((o, i) => ({
    option: o.id,
    d: path(sweep.weights.map((w, p) => [w, sweep.scores[i]?.[p] ?? 0])) ?? '',
    dash: i % DASHES,
    colour: i % 8,
    label: {
      x: plot.x + plot.width + 8,
      y: ends[i]!,
      text: o.label,
      lines: names[i]!.map((text, j, all) => ({ text, dy: (j - (all.length - 1) / 2) * LABEL_GAP })),
    },
  }));
  const score = (i: number, t: number) => {
    const s = sweep.scores[i]!;
    // Scores are linear in the weight, so the two ends give the score anywhere between.
    return s[0]! + (s[s.length - 1]! - s[0]!) * t;
  };
  const name = (i: number) => data.options[i]?.label ?? String(i);
  const crossings = sweep.crossings
    .filter((c) => c.leading)
    .map((c) => ({
      x: round1(x(c.weight)),
      y: round1(y(score(c.options[0], c.weight))),
      label: percent(c.weight),
      title: `${name(c.options[0])} and ${name(c.options[1])} tie for first when ${data.criterion} weighs ${percent(c.weight)}`,
    }));
  return {
    width,
    height,
    plot,
    lines,
    crossings,
    current: { x: round1(x(sweep.currentWeight)), label: `now ${percent(sweep.currentWeight)}` },
    xTicks: [0, 0.25, 0.5, 0.75, 1].map((t) => ({ x: round1(x(t)), label: percent(t) })),
    yTicks: y.ticks(4).map((t) => ({ y: round1(y(t)), label: wholePoints(t) })),
  };
}
