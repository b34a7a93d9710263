// Tests of the matrix layout on the real catalogue: rounded coordinates, label fitting, groups, sorting and filtering.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../../catalog/index.ts';
import { tradeoffMatrix, type ColumnMode } from '../../../../catalog/tradeoff-matrix.ts';
import { defaultOptions } from './arrange.ts';
import { layoutTradeoffMatrix, type MatrixLayout } from './layout.ts';
import { textWidth } from './text.ts';

const matrix = (mode: ColumnMode) => tradeoffMatrix(catalog, mode);
const layout = (mode: ColumnMode, width: number, options = defaultOptions) =>
  layoutTradeoffMatrix(matrix(mode), width, options);

/** Header lines are vertical: each takes one line-height across, so neighbouring columns of a band share none. */
function expectHeadersApart(l: MatrixLayout) {
  for (const band of new Set(l.columns.map((c) => c.y))) {
    const spans = l.columns
      .filter((c) => c.y === band)
      .flatMap((c) => c.lines.map((line) => [line.x - 6.5, line.x + 6.5] as const))
      .sort((a, b) => a[0] - b[0]);
    spans.slice(1).forEach((s, i) => expect(s[0]).toBeGreaterThanOrEqual(spans[i]![1] - 0.01));
  }
}

describe('layoutTradeoffMatrix', () => {
  it('places strategies at 800px: Table XVI names on one line, two-line vertical headers, square cells', () => {
    const l = layout('strategies', 800);
    expect([l.width, l.height, l.gridX, l.gridY, l.horizontal]).toEqual([791, 540, 329, 186, false]);
    expect(l.rows[0]).toMatchObject({ id: 'T1', y: 186, height: 45, lines: [{ text: 'Complexity vs Simplicity' }] });
    expect(l.rows[4]!.lines.map((x) => x.text)).toEqual(['Flexibility and Stability']);
    expect(l.columns[0]).toMatchObject({ id: 'ST01', x: 329, width: 45, y: 180 });
    expect(l.columns[0]!.lines.map((x) => x.text)).toEqual(['ST01 Modular design', 'and Microservices…']);
    expect(l.cells[1]).toMatchObject({ key: 'T1~ST02', r: 0, c: 1, x: 374, y: 186, width: 45, height: 45 });
    expect(l.groups).toEqual([]);
  });

  it('wraps a tradeoff name onto two lines after its joining word when columns would get too narrow', () => {
    const l = layout('stages', 730);
    expect(l.rows[3]!.lines.map((x) => x.text)).toEqual(['Performance vs', 'Resource Consumption']);
    expect(l.rows[4]!.lines.map((x) => x.text)).toEqual(['Flexibility and', 'Stability']);
    const labelRoom = l.gridX - l.labelX;
    for (const row of l.rows)
      for (const line of row.lines) expect(textWidth(line.text, l.fontSize)).toBeLessThan(labelRoom);
    expect(l.width).toBeLessThanOrEqual(730);
  });

  it('groups stages by area with a gap between groups, spelling each name out, on two lines where one is too narrow', () => {
    const names = (l: ReturnType<typeof layout>) => l.groups.map((g) => g.lines.map((x) => x.text));
    const wide = layout('stages', 1370);
    expect(names(wide)).toEqual([['Data Engineering'], ['Model Engineering'], ['Current Ecosystem'], ['Areas']]);
    const narrow = layout('stages', 730);
    expect(names(narrow)).toEqual([
      ['Data', 'Engineering'],
      ['Model Engineering'],
      ['Current', 'Ecosystem'],
      ['Areas'],
    ]);
    const [de, me] = narrow.groups;
    expect(me!.x - (de!.x + de!.width)).toBe(6);
    for (const g of narrow.groups) for (const x of g.lines) expect(textWidth(x.text, 13)).toBeLessThanOrEqual(g.width);
    // The second line sits below the first, and the headers start below both.
    expect(de!.lines[1]!.y).toBeGreaterThan(de!.lines[0]!.y);
    expect(narrow.gridY).toBeGreaterThan(wide.gridY);
  });

  it('lays column headers horizontally where every one fits its column, and vertically where not', () => {
    // "Preprocessing" needs about 107px at the layout's generous estimate of character widths.
    const wide = layout('stages', 2400);
    expect(wide.horizontal).toBe(true);
    for (const col of wide.columns) {
      for (const line of col.lines) expect(textWidth(line.text, 13)).toBeLessThanOrEqual(col.width);
      expect(col.lines.map((x) => x.text).join(' ')).toBe(
        col.lines
          .map((x) => x.text)
          .join(' ')
          .replace('…', ''),
      );
    }
    const preprocessing = wide.columns.find((c) => c.id === 'data-preprocessing')!;
    expect(preprocessing.lines.map((x) => x.text)).toEqual(['Data', 'Preprocessing']);
    expect(preprocessing.lines[1]!.y - preprocessing.lines[0]!.y).toBe(16);
    expect(layout('stages', 1900).horizontal).toBe(false);
  });

  it('gives 54 challenges narrow columns labelled by id, wrapping them into bands when the width cannot hold them', () => {
    const l = layout('challenges', 1370);
    expect(l.columns[0]!.lines).toEqual([
      { text: 'CM01', x: l.columns[0]!.x + l.columns[0]!.width / 2, y: l.columns[0]!.y },
    ]);
    expect(l.width).toBeLessThanOrEqual(1370);
    expect(l.valueSize).toBe(12);
    // Too narrow for 54 columns side by side: they wrap into bands stacked below, each with the row labels again.
    const banded = layout('challenges', 730);
    expect(banded.width).toBeLessThanOrEqual(730);
    const bands = [...new Set(banded.columns.map((c) => c.y))];
    expect(bands.length).toBeGreaterThan(1);
    expect(banded.rows[0]!.repeats).toHaveLength(bands.length - 1);
    const first = banded.cells.find((c) => c.column === 'CM01' && c.r === 0)!;
    const last = banded.cells.find((c) => c.column === 'CS13' && c.r === 0)!;
    expect(last.y).toBe(first.y + banded.rows[0]!.repeats.at(-1)!);
    for (const c of banded.cells) expect(c.x + c.width).toBeLessThanOrEqual(730);
    expect(new Set(banded.groups.map((g) => g.id)).size).toBe(banded.groups.length);
    expect(banded.legend.y).toBeGreaterThan(last.y + last.height);
  });

  it('keeps header text apart and legible in every mode and width', () => {
    for (const mode of ['stages', 'challenges', 'strategies'] as const) {
      for (const width of [700, 1000, 1400]) {
        const l = layout(mode, width);
        expectHeadersApart(l);
        expect(Math.min(l.fontSize, l.valueSize)).toBeGreaterThanOrEqual(12);
        for (const c of l.cells) expect(c.width).toBeGreaterThanOrEqual(20);
      }
    }
  });

  it('colours non-empty cells and leaves empty ones to the stylesheet', () => {
    const l = layout('challenges', 1370);
    const empty = l.cells.find((c) => c.key === 'T6~CS11')!;
    expect([empty.strength, empty.fill, empty.textFill]).toEqual([0, null, null]);
    const full = l.cells.find((c) => c.key === 'T3~CS07')!;
    expect(full.strength).toBe(3);
    expect(full.fill).toMatch(/^#[0-9a-f]{6}$/);
    expect(full.label).toContain('3 shared papers');
  });

  it('draws a legend swatch for every strength from 0 to the maximum', () => {
    const m = matrix('stages');
    const l = layout('stages', 1000);
    expect(l.legend.swatches.map((s) => s.value)).toEqual(Array.from({ length: m.max + 1 }, (_, i) => i));
    expect(l.legend.y).toBeGreaterThan(l.rows.at(-1)!.y + l.rows.at(-1)!.height);
  });

  it('follows the sort and filter it is given, dropping groups when columns are sorted by strength', () => {
    const sorted = layout('strategies', 1000, { ...defaultOptions, columnSort: 'strength', rowSort: 'strength' });
    const totals = sorted.columns.map((c) =>
      sorted.cells.filter((x) => x.column === c.id).reduce((s, x) => s + x.strength, 0),
    );
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
    expect(sorted.columns[0]!.id).toBe('ST10');
    expect(sorted.columns.map((c) => c.x)).toEqual(
      sorted.columns.map((_, k) => sorted.gridX + k * sorted.columns[0]!.width),
    );
    const stages = layout('stages', 1000, { ...defaultOptions, columnSort: 'strength' });
    expect(stages.groups).toEqual([]);
    const filtered = layout('challenges', 1000, { ...defaultOptions, filter: 'drift', hideEmpty: true });
    expect(filtered.columns.map((c) => c.id)).toEqual(['CM14', 'CM18']);
    expect(filtered.cells).toHaveLength(12);
    expect(layout('challenges', 1000, { ...defaultOptions, filter: 'drift' }).columns.map((c) => c.id)).toEqual([
      'CM02',
      'CM13',
      'CM14',
      'CM18',
    ]);
  });
});
