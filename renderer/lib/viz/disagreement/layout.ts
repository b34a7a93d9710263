// Layout of the disagreement heatmap: options × criteria, each cell the spread of the judges' ratings, binned for colour and printed.
import { criterionKey, truncate } from '../../../../electron/common/format.ts';

export interface DisagreementData {
  options: { id: string; label: string }[];
  criteria: { id: string; label: string }[];
  /** sd[option][criterion]: the population standard deviation of the judges' ratings. */
  sd: number[][];
}

export interface SpreadCell {
  key: string;
  row: number;
  col: number;
  x: number;
  y: number;
  width: number;
  height: number;
  textX: number;
  textY: number;
  value: string;
  /** 0 (the judges agree) to 4 (as far apart as a 1–5 scale allows): the stylesheet colours each level. */
  level: number;
}

export interface DisagreementLayout {
  width: number;
  height: number;
  rows: { id: string; label: string; y: number }[];
  columns: { id: string; key: string; label: string; x: number }[];
  cells: SpreadCell[];
  headerY: number;
  plotX: number;
}

/** On a 1–5 scale the population SD is at most 2: half the judges at 1, half at 5. */
export const MAX_SPREAD = 2;
const ROW = 30;
const HEADER = 40;

/** Equal steps of 0.5 from 0 to 2, with exact agreement a level of its own: 0, (0, 0.5], (0.5, 1], (1, 1.5], (1.5, 2]. */
export function spreadLevel(sd: number): number {
  if (sd <= 1e-9) return 0;
  return Math.min(4, Math.ceil(Math.min(sd, MAX_SPREAD) / 0.5));
}

export function layoutDisagreement(data: DisagreementData, size: { width: number }): DisagreementLayout {
  const width = Math.max(320, Math.round(size.width));
  const labelW = Math.round(Math.min(200, width * 0.28));
  const plotX = labelW + 8;
  const n = Math.max(1, data.criteria.length);
  const cellW = Math.max(44, Math.min(120, Math.floor((width - plotX) / n)));
  const columns = data.criteria.map((c, k) => ({
    id: c.id,
    key: criterionKey(k),
    label: truncate(c.label, cellW - 6, 6.5),
    x: plotX + k * cellW + cellW / 2,
  }));
  const rows = data.options.map((o, i) => ({
    id: o.id,
    label: truncate(o.label, labelW),
    y: HEADER + i * ROW + ROW / 2,
  }));
  const cells = data.options.flatMap((o, i) =>
    data.criteria.map((c, k) => {
      const sd = data.sd[i]?.[k] ?? 0;
      const x = plotX + k * cellW;
      const y = HEADER + i * ROW;
      return {
        key: `${o.id}|${c.id}`,
        row: i,
        col: k,
        x: x + 1,
        y: y + 1,
        width: cellW - 2,
        height: ROW - 2,
        textX: x + cellW / 2,
        textY: y + ROW / 2,
        value: sd.toFixed(2),
        level: spreadLevel(sd),
      };
    }),
  );
  return {
    width: Math.max(width, plotX + n * cellW),
    height: HEADER + data.options.length * ROW + 4,
    rows,
    columns,
    cells,
    headerY: HEADER - 22,
    plotX,
  };
}
