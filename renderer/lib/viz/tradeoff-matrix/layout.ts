// Layout of the tradeoff matrix heatmap: row labels as Table XVI names the tradeoffs, column headers (horizontal where
// they fit, else vertical), group headings spelled out, coloured cells with their values, a legend.
import type { MatrixColumn, TradeoffMatrix } from '../../../../catalog/tradeoff-matrix.ts';
import { arrange, type MatrixOptions } from './arrange.ts';
import { cellFill, textOn } from './colour.ts';
import { round1 } from '../../../../electron/common/format.ts';
import { fitLines, textWidth } from './text.ts';

export interface RowMark {
  id: string;
  index: number;
  y: number;
  height: number;
  lines: { text: string; y: number }[];
  title: string;
  /** How far below this label each further band of columns repeats it. */
  repeats: number[];
}
export interface ColumnMark {
  id: string;
  index: number;
  x: number;
  width: number;
  /** Vertical headers read bottom to top from (x, y); horizontal ones are centred lines ending at `y`. */
  lines: { text: string; x: number; y: number }[];
  y: number;
  title: string;
}
export interface GroupMark {
  id: string;
  /** The group's name on one or two lines; its abbreviation only when even two lines do not fit (the guide explains it). */
  lines: { text: string; y: number }[];
  x: number;
  width: number;
  ruleY: number;
  title: string;
}
export interface CellMark {
  key: string;
  tradeoff: string;
  column: string;
  /** Position in the displayed grid, for keyboard movement. */
  r: number;
  c: number;
  x: number;
  y: number;
  width: number;
  height: number;
  strength: number;
  /** Null for an empty cell, which the stylesheet draws. */
  fill: string | null;
  textFill: string | null;
  label: string;
}
export interface SwatchMark {
  value: number;
  x: number;
  width: number;
  fill: string | null;
  textFill: string | null;
}
export interface LegendMark {
  titleX: number;
  y: number;
  height: number;
  swatches: SwatchMark[];
  caption: string;
  captionY: number;
}
export interface MatrixLayout {
  width: number;
  height: number;
  /** Left edge of the cells and where the row labels' text starts. */
  gridX: number;
  gridY: number;
  idX: number;
  labelX: number;
  fontSize: number;
  valueSize: number;
  /** Whether column headers read horizontally (every one fits its column) or bottom to top. */
  horizontal: boolean;
  rows: RowMark[];
  columns: ColumnMark[];
  groups: GroupMark[];
  cells: CellMark[];
  legend: LegendMark;
}

const M = 12;
const FONT = 13;
const LINE = 16;
const ID_W = 30;
const LABEL_PAD = 14;
const MIN_CELL = 20;
const MAX_CELL = 64;
const GROUP_GAP = 6;
const GROUP_LINE = 15;
const BAND_CELL = 24;
const BAND_GAP = 28;
const HEADER_MAX = 168;
const SWATCH = 26;

const header = (col: MatrixColumn, mode: TradeoffMatrix['mode']) =>
  mode === 'strategies' ? `${col.short} ${col.label}` : col.short;
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

export function layoutTradeoffMatrix(
  matrix: TradeoffMatrix,
  width: number,
  options: MatrixOptions,
  dark = false,
): MatrixLayout {
  const order = arrange(matrix, options);
  const rows = order.rows.map((i) => ({ i, row: matrix.rows[i]! }));
  const cols = order.columns.map((i) => ({ i, col: matrix.columns[i]! }));
  const n = cols.length;

  // Groups show only while columns keep the catalogue's order, so each group is one contiguous run.
  const groupCount = new Set(cols.map(({ col }) => col.group)).size;
  const grouped = options.columnSort === 'catalogue' && groupCount > 1;

  // Each tradeoff as Table XVI prints it: on one line when the columns keep a comfortable width, else on two.
  const single = Math.max(...rows.map(({ row }) => textWidth(row.title, FONT)));
  const double = Math.max(...rows.map(({ row }) => Math.max(...twoLines(row.title).map((t) => textWidth(t, FONT)))));
  // Columns that cannot stand side by side even at their narrowest wrap into stacked bands, each with its own headings
  // and the row labels again, so the chart never scrolls sideways.
  const narrowLabelW = Math.ceil(ID_W + double + LABEL_PAD);
  const allGaps = grouped ? (groupCount - 1) * GROUP_GAP : 0;
  const roomForCells = Math.max(BAND_CELL, width - 2 * M - narrowLabelW);
  const bandCount =
    n && narrowLabelW + n * MIN_CELL + allGaps > width - 2 * M
      ? Math.ceil((n * BAND_CELL + allGaps) / roomForCells)
      : 1;
  const perBand = Math.max(1, Math.ceil(n / bandCount));
  const bandOf = (k: number) => Math.floor(k / perBand);

  const runs: { group: string; label: string; from: number; to: number }[] = [];
  cols.forEach(({ col }, k) => {
    const last = runs.at(-1);
    if (last && last.group === col.group && bandOf(last.from) === bandOf(k)) last.to = k;
    else runs.push({ group: col.group, label: col.groupLabel, from: k, to: k });
  });
  const gapsBefore = (k: number) =>
    grouped ? (runs.filter((g) => g.from <= k && bandOf(g.from) === bandOf(k)).length - 1) * GROUP_GAP : 0;
  const gaps = Math.max(0, ...cols.map((_, k) => gapsBefore(k)));

  const inBand = Math.min(n, perBand);
  const comfortable = n > 30 ? 22 : 40;
  const available = width - 2 * M - gaps;
  const oneLine = bandCount === 1 && available - ID_W - single - LABEL_PAD >= n * comfortable;
  const labelW = oneLine ? Math.ceil(ID_W + single + LABEL_PAD) : narrowLabelW;
  const room = n ? (available - labelW) / inBand : MAX_CELL;
  // Headers read horizontally when every one fits its column in up to three lines, widening columns the room allows.
  const texts = cols.map(({ col }) => header(col, matrix.mode));
  const flat = Math.ceil(Math.max(0, ...texts.flatMap((t) => t.split(/\s+/).map((w) => textWidth(w, FONT)))) + 6);
  const horizontal = room >= flat && texts.every((t) => fitsLines(t, flat, 3));
  const cw = Math.floor(horizontal ? Math.min(room, Math.max(flat, MAX_CELL)) : clamp(room, MIN_CELL, MAX_CELL));
  const rh = clamp(cw, 40, 52);
  const valueSize = cw < 26 ? 12 : FONT;

  const gridX = M + labelW;
  const colX = (k: number) => gridX + (k - bandOf(k) * perBand) * cw + gapsBefore(k);
  const maxLines = horizontal ? 3 : clamp(Math.floor((cw - 2) / LINE), 1, 3);
  const heads = texts.map((t) => fitLines(t, horizontal ? cw - 6 : HEADER_MAX, maxLines, FONT));
  const tallest = horizontal
    ? Math.max(...heads.map((lines) => lines.length)) * LINE
    : Math.max(40, ...heads.flatMap((lines) => lines.map((l) => textWidth(l, FONT))));
  const headerH = Math.ceil(tallest + 10);

  const groupLines = grouped ? runs.map((g) => groupLabel(g, colX(g.to) + cw - colX(g.from))) : [];
  const groupH = grouped ? Math.max(...groupLines.map((l) => l.length)) * GROUP_LINE + 12 : 0;
  const bandH = groupH + headerH + rows.length * rh + BAND_GAP;
  const bandTop = (k: number) => M + bandOf(k) * bandH;
  const gridYOf = (k: number) => bandTop(k) + groupH + headerH;
  const gridY = M + groupH + headerH;

  const groups: GroupMark[] = runs.flatMap((g, k) => {
    if (!grouped) return [];
    const x = colX(g.from);
    const top = bandTop(g.from);
    const lines = groupLines[k]!;
    const ruleY = top + lines.length * GROUP_LINE + 4;
    const placed = lines.map((text, j) => ({ text, y: top + 8 + j * GROUP_LINE }));
    const id = bandCount > 1 ? `${g.group}:${bandOf(g.from)}` : g.group;
    return [{ id, lines: placed, x, width: colX(g.to) + cw - x, ruleY, title: g.label }];
  });

  const columns: ColumnMark[] = cols.map(({ i, col }, k) => {
    const lines = heads[k] ?? [];
    const cx = colX(k) + cw / 2;
    const bottom = gridYOf(k);
    const placed = horizontal
      ? lines.map((text, j) => ({ text, x: round1(cx), y: bottom - 8 - (lines.length - 1 - j) * LINE }))
      : lines.map((text, j) => ({ text, x: round1(cx + (j - (lines.length - 1) / 2) * LINE), y: bottom - 6 }));
    return {
      id: col.id,
      index: i,
      x: colX(k),
      width: cw,
      y: bottom - 6,
      title: `${col.id} — ${col.label}`,
      lines: placed,
    };
  });

  const rowMarks: RowMark[] = rows.map(({ i, row }, r) => {
    const y = gridY + r * rh;
    const texts = oneLine ? [row.title] : twoLines(row.title);
    return {
      id: row.id,
      index: i,
      y,
      height: rh,
      title: `${row.id} ${row.title}`,
      repeats: Array.from({ length: bandCount - 1 }, (_, b) => (b + 1) * bandH),
      lines: texts.map((text, j) => ({ text, y: round1(y + rh / 2 + (j - (texts.length - 1) / 2) * LINE) })),
    };
  });

  const cells: CellMark[] = rows.flatMap(({ i, row }, r) =>
    cols.map(({ i: j, col }, c) => {
      const cell = matrix.cells[i]![j]!;
      const fill = cell.strength > 0 ? cellFill(cell.strength, matrix.max, dark) : null;
      const { sharedPapers, considerations } = cell.evidence;
      return {
        key: `${row.id}~${col.id}`,
        tradeoff: row.id,
        column: col.id,
        r,
        c,
        x: colX(c),
        y: gridYOf(c) + r * rh,
        width: cw,
        height: rh,
        strength: cell.strength,
        fill,
        textFill: fill && textOn(fill),
        label:
          `${row.title} × ${col.label}: strength ${cell.strength}, ` +
          `${sharedPapers.length} shared paper${sharedPapers.length === 1 ? '' : 's'}, ` +
          `${considerations.length} consideration${considerations.length === 1 ? '' : 's'}`,
      };
    }),
  );

  const step = Math.max(1, Math.ceil(matrix.max / 10));
  const values = Array.from({ length: Math.floor(matrix.max / step) + 1 }, (_, k) => k * step);
  const legendY = gridY + (bandCount - 1) * bandH + rows.length * rh + 22;
  const swatchX = M + Math.ceil(textWidth('Strength', FONT)) + 10;
  const swatches = values.map((value, k) => {
    const fill = value > 0 ? cellFill(value, matrix.max, dark) : null;
    return { value, x: swatchX + k * (SWATCH + 2), width: SWATCH, fill, textFill: fill && textOn(fill) };
  });
  const caption = 'Strength = papers cited by both + considerations that name the entry';
  const legend = { titleX: M, y: legendY, height: 22, swatches, caption, captionY: legendY + 22 + 20 };

  const contentW =
    Math.max(gridX + inBand * cw + gaps, swatchX + values.length * (SWATCH + 2), M + textWidth(caption, FONT)) + M;
  return {
    width: Math.ceil(contentW),
    height: Math.ceil(legend.captionY + 8 + M),
    gridX,
    gridY,
    idX: M,
    labelX: M + ID_W,
    fontSize: FONT,
    valueSize,
    horizontal,
    rows: rowMarks,
    columns,
    groups,
    cells,
    legend,
  };
}

/** "Performance vs Resource Consumption" → "Performance vs" / "Resource Consumption": split after the joining word. */
function twoLines(title: string): string[] {
  const m = /^(.*? (?:vs|and|versus))\s+(.+)$/.exec(title);
  return m ? [m[1]!, m[2]!] : [title];
}

/** Whether text wraps into at most `lines` lines of `width` without cutting a word. */
function fitsLines(text: string, width: number, lines: number): boolean {
  const fitted = fitLines(text, width, lines, FONT);
  return fitted.join(' ') === text.split(/\s+/).join(' ');
}

/** A group's name in full on one or two lines when its columns have the room, else its abbreviation, else nothing. */
function groupLabel(g: { group: string; label: string }, width: number): string[] {
  if (textWidth(g.label, FONT) <= width) return [g.label];
  if (fitsLines(g.label, width, 2)) return fitLines(g.label, width, 2, FONT);
  return textWidth(g.group, FONT) <= width ? [g.group] : [];
}
