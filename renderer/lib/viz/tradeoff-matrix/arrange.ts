// Which rows and columns of the tradeoff matrix show, and in what order: sorting and filtering, kept apart from geometry.
import type { TradeoffMatrix } from '../../../../catalog/tradeoff-matrix.ts';

export type ColumnSort = 'catalogue' | 'strength';
export type RowSort = 'paper' | 'strength';

export interface MatrixOptions {
  columnSort: ColumnSort;
  rowSort: RowSort;
  /** Hide columns whose every cell is 0. */
  hideEmpty: boolean;
  /** Keep only columns whose id, name or header text contains this (case-insensitive). */
  filter: string;
}

export const defaultOptions: MatrixOptions = {
  columnSort: 'catalogue',
  rowSort: 'paper',
  hideEmpty: false,
  filter: '',
};

export const rowTotal = (m: TradeoffMatrix, r: number): number =>
  (m.cells[r] ?? []).reduce((sum, cell) => sum + cell.strength, 0);

export const columnTotal = (m: TradeoffMatrix, c: number): number =>
  m.cells.reduce((sum, row) => sum + (row[c]?.strength ?? 0), 0);

/** Stronger first; equal totals keep the catalogue's (or the paper's) order. */
const byTotal = (total: (i: number) => number) => (a: number, b: number) => total(b) - total(a) || a - b;

/** Indices into `matrix.rows` and `matrix.columns`, in display order. */
export function arrange(matrix: TradeoffMatrix, options: MatrixOptions): { rows: number[]; columns: number[] } {
  const needle = options.filter.trim().toLowerCase();
  const rows = matrix.rows.map((_, i) => i);
  const columns = matrix.columns
    .map((col, i) => ({ col, i }))
    .filter(({ i }) => !options.hideEmpty || columnTotal(matrix, i) > 0)
    .filter(({ col }) => !needle || [col.id, col.label, col.short].some((s) => s.toLowerCase().includes(needle)))
    .map(({ i }) => i);
  if (options.rowSort === 'strength') rows.sort(byTotal((i) => rowTotal(matrix, i)));
  if (options.columnSort === 'strength') columns.sort(byTotal((i) => columnTotal(matrix, i)));
  return { rows, columns };
}
