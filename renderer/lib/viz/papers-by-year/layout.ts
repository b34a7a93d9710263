// The catalogue's papers by year of publication: one bar per year from the first to the last (a year without papers
// keeps its empty slot, so the axis reads as time), and the papers that print no year in a bar set apart after a
// gap, never counted at year 0.
import { scaleBand, scaleLinear } from 'd3-scale';
import { round1 } from '../../../../electron/common/format.ts';

export interface DatedPaper {
  id: string;
  year: number | null;
}

/** "2019", or "undated" for the papers without a year: also the route id of a bar. */
export type YearKey = string;
export const undatedKey: YearKey = 'undated';

export interface YearBar {
  key: YearKey;
  label: string;
  papers: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the count is written, above the bar. */
  countY: number;
  title: string;
}

export interface PapersByYearLayout {
  width: number;
  height: number;
  baseline: number;
  /** The gridlines' extent, left of the first bar to the right margin. */
  grid: { x1: number; x2: number };
  /** The rule between the years and the undated bar, or null when every paper has a year. */
  apart: { x: number; y1: number; y2: number } | null;
  bars: YearBar[];
  ticks: { y: number; label: string }[];
}

const MARGIN = { top: 56, right: 24, bottom: 44, left: 48 };

const plural = (n: number) => `${n} paper${n === 1 ? '' : 's'}`;

export function layoutPapersByYear(
  papers: readonly DatedPaper[],
  size: { width: number; height: number },
): PapersByYearLayout {
  const width = Math.max(480, Math.round(size.width));
  const height = Math.max(320, Math.min(560, Math.round(size.height)));
  const years = papers.flatMap((p) => (p.year === null ? [] : [p.year]));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const slots: { key: YearKey; label: string; papers: string[] }[] = [];
  for (let y = first; y <= last; y++)
    slots.push({ key: String(y), label: String(y), papers: papers.filter((p) => p.year === y).map((p) => p.id) });
  const undated = papers.filter((p) => p.year === null).map((p) => p.id);
  // The undated bar sits one empty slot to the right of the last year, behind a rule.
  const bandKeys = [...slots.map((s) => s.key), ...(undated.length > 0 ? ['gap', undatedKey] : [])];
  const x = scaleBand<string>()
    .domain(bandKeys)
    .range([MARGIN.left, width - MARGIN.right])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const most = Math.max(1, ...slots.map((s) => s.papers.length), undated.length);
  const y = scaleLinear()
    .domain([0, most])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const all = [...slots, ...(undated.length > 0 ? [{ key: undatedKey, label: 'No year', papers: undated }] : [])];
  const bars = all.map((s): YearBar => {
    const top = y(s.papers.length);
    return {
      ...s,
      x: round1(x(s.key)!),
      y: round1(top),
      width: round1(x.bandwidth()),
      height: round1(height - MARGIN.bottom - top),
      countY: round1(top - 6),
      title: s.key === undatedKey ? `No year: ${plural(s.papers.length)}` : `${s.label}: ${plural(s.papers.length)}`,
    };
  });
  return {
    width,
    height,
    baseline: height - MARGIN.bottom,
    grid: { x1: MARGIN.left, x2: width - MARGIN.right },
    apart:
      undated.length > 0
        ? { x: round1(x('gap')! + x.bandwidth() / 2), y1: MARGIN.top - 16, y2: height - MARGIN.bottom + 28 }
        : null,
    bars,
    ticks: y.ticks(5).map((t) => ({ y: round1(y(t)), label: String(t) })),
  };
}
