// Tests of the matrix's sorting and filtering on a small hand-made matrix.
import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixColumn, TradeoffMatrix } from '../../../../catalog/tradeoff-matrix.ts';
import { arrange, columnTotal, defaultOptions, rowTotal } from './arrange.ts';

const column = (id: string, label: string, group = 'G'): MatrixColumn => ({
  id,
  label,
  short: id,
  group,
  groupLabel: `Group ${group}`,
  keywords: [],
  challenges: null,
  papers: [],
});
const cell = (tradeoff: string, col: string, strength: number): MatrixCell => ({
  tradeoff,
  column: col,
  strength,
  evidence: {
    sharedPapers: Array.from({ length: strength }, (_, i) => `LR${i + 1}`),
    considerations: [],
    challenges: [],
  },
});

/** T1 [0 2 1 0], T2 [0 3 1 0]: X1 empty, X2 strongest, X3 weaker, X4 empty. */
function smallMatrix(): TradeoffMatrix {
  const columns = [
    column('X1', 'Alpha drift'),
    column('X2', 'Beta training'),
    column('X3', 'Gamma', 'H'),
    column('X4', 'Delta', 'H'),
  ];
  const strengths = [
    [0, 2, 1, 0],
    [0, 3, 1, 0],
  ];
  const rows = [
    { id: 'T1', title: 'Complexity vs Simplicity', left: 'Complexity', right: 'Simplicity', papers: 7 },
    { id: 'T2', title: 'Speed vs Accuracy', left: 'Speed', right: 'Accuracy', papers: 9 },
  ];
  return {
    mode: 'stages',
    rows,
    columns,
    max: 3,
    cells: rows.map((r, i) => columns.map((c, j) => cell(r.id, c.id, strengths[i]![j]!))),
  };
}

describe('arrange', () => {
  const m = smallMatrix();
  it('keeps the catalogue and paper order by default', () => {
    expect(arrange(m, defaultOptions)).toEqual({ rows: [0, 1], columns: [0, 1, 2, 3] });
  });
  it('sorts columns and rows by total strength, ties in catalogue order', () => {
    expect(columnTotal(m, 1)).toBe(5);
    expect(rowTotal(m, 1)).toBe(4);
    expect(arrange(m, { ...defaultOptions, columnSort: 'strength', rowSort: 'strength' })).toEqual({
      rows: [1, 0],
      columns: [1, 2, 0, 3],
    });
  });
  it('hides empty columns', () => {
    expect(arrange(m, { ...defaultOptions, hideEmpty: true }).columns).toEqual([1, 2]);
  });
  it('filters columns by id or label, ignoring case and surrounding space', () => {
    expect(arrange(m, { ...defaultOptions, filter: ' TRAIN ' }).columns).toEqual([1]);
    expect(arrange(m, { ...defaultOptions, filter: 'x4' }).columns).toEqual([3]);
    expect(arrange(m, { ...defaultOptions, filter: 'nothing' }).columns).toEqual([]);
  });
});
