// The disagreement heatmap's layout: one cell per option and criterion, levels of spread, printed values, recorded coordinates.
import { describe, expect, it } from 'vitest';
import { layoutDisagreement, spreadLevel, type DisagreementData } from './layout.ts';

const data: DisagreementData = {
  options: [
    { id: 'batch', label: 'Nightly batch retraining' },
    { id: 'online', label: 'Online learning with a very long title that will not fit' },
  ],
  criteria: [
    { id: 'acc', label: 'Accuracy' },
    { id: 'cost', label: 'Cost' },
    { id: 'ops', label: 'Operational burden' },
  ],
  sd: [
    [0, 0.5, 1.5],
    [2, 0.25, 1],
  ],
};

describe('disagreement heatmap layout', () => {
  it('bins the spread: agreement alone at 0, then steps of 0.5 up to the scale’s maximum of 2', () => {
    expect([0, 1e-12, 0.01, 0.5, 0.51, 1, 1.2, 1.5, 1.9, 2, 3].map(spreadLevel)).toEqual([
      0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4,
    ]);
  });

  it('has a cell per option and criterion, in rows of options, printing the spread', () => {
    const { cells } = layoutDisagreement(data, { width: 640 });
    expect(cells.map((c) => `${c.key} ${c.value} L${c.level}`)).toEqual([
      'batch|acc 0.00 L0',
      'batch|cost 0.50 L1',
      'batch|ops 1.50 L3',
      'online|acc 2.00 L4',
      'online|cost 0.25 L1',
      'online|ops 1.00 L2',
    ]);
  });

  it('is a pure function of data and size, and widens to keep cells readable', () => {
    expect(layoutDisagreement(data, { width: 640 })).toEqual(layoutDisagreement(structuredClone(data), { width: 640 }));
    const many = { ...data, criteria: Array.from({ length: 20 }, (_, k) => ({ id: `c${k}`, label: `C ${k}` })) };
    const narrow = layoutDisagreement(many, { width: 400 });
    expect(narrow.cells[1]!.x - narrow.cells[0]!.x).toBe(44);
    expect(narrow.width).toBe(narrow.plotX + 20 * 44);
  });

  it('lays out the heatmap as recorded (rounded coordinates)', () => {
    const { width, height, rows, columns, cells } = layoutDisagreement(data, { width: 640 });
    expect({
      size: `${width}×${height}`,
      rows: rows.map((r) => `${r.id} [${r.label}] y${r.y}`),
      columns: columns.map((c) => `${c.key} [${c.label}] x${c.x}`),
      cells: cells.map((c) => `${c.key} ${c.x},${c.y} ${c.width}×${c.height} @${c.textX},${c.textY}`),
    }).toMatchSnapshot();
  });
});
