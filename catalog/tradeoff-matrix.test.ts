// Tests of the tradeoff matrix: every cell's evidence re-derived from the raw catalogue data.
import { describe, expect, it } from 'vitest';
import { catalog } from './index.ts';
import { cellAt, cellKey, columnModes, modeOfKey, tradeoffMatrix, type TradeoffMatrix } from './tradeoff-matrix.ts';

const { data } = catalog;
const tradeoff = (id: string) => data.tradeoffs.find((t) => t.id === id)!;
const cell = (m: TradeoffMatrix, t: string, c: string) => {
  const found = cellAt(m, cellKey(t, c));
  if (!found) throw new Error(`no cell ${t}~${c}`);
  return found;
};
const stages = tradeoffMatrix(catalog, 'stages');
const challenges = tradeoffMatrix(catalog, 'challenges');
const strategies = tradeoffMatrix(catalog, 'strategies');
const all = [stages, challenges, strategies];

describe('tradeoffMatrix', () => {
  it('has the six tradeoffs as rows and every stage, challenge or strategy as a column', () => {
    for (const m of all) expect(m.rows.map((r) => r.id)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    expect(stages.columns.map((c) => c.id)).toEqual(
      [...data.stages].sort((a, b) => a.order - b.order).map((s) => s.id),
    );
    expect(challenges.columns).toHaveLength(54);
    expect(strategies.columns.map((c) => c.id)).toEqual(data.strategies.map((s) => s.id));
    for (const m of all) expect(m.cells.every((row) => row.length === m.columns.length)).toBe(true);
  });

  it('shares exactly the papers both entries cite, in LR order', () => {
    for (const t of data.tradeoffs) {
      for (const c of data.challenges) {
        const direct = c.papers.filter((p) => t.papers.includes(p));
        const got = cell(challenges, t.id, c.id).evidence.sharedPapers;
        expect(new Set(got)).toEqual(new Set(direct));
        expect(got.map((p) => Number(p.slice(2)))).toEqual(
          [...got.map((p) => Number(p.slice(2)))].sort((a, b) => a - b),
        );
      }
      for (const s of data.strategies) {
        expect(cell(strategies, t.id, s.id).evidence.sharedPapers.length).toBe(
          s.papers.filter((p) => t.papers.includes(p)).length,
        );
      }
    }
  });

  it('pools a stage’s challenges and lists those sharing a paper', () => {
    const c = cell(stages, 'T1', 'model-drift');
    const drift = data.challenges.filter((ch) => ch.stage === 'model-drift');
    const pooled = new Set(drift.flatMap((ch) => ch.papers).filter((p) => tradeoff('T1').papers.includes(p)));
    expect(c.evidence.sharedPapers).toEqual(['LR18', 'LR20']);
    expect(new Set(c.evidence.sharedPapers)).toEqual(pooled);
    expect(c.evidence.challenges).toEqual(
      drift.filter((ch) => ch.papers.some((p) => pooled.has(p))).map((ch) => ch.id),
    );
    expect(c.evidence.challenges).toEqual(['CM12', 'CM14']);
  });

  it('pools an area over every challenge spanning it, scalability ones included', () => {
    const c = cell(stages, 'T3', 'model-engineering');
    const inArea = data.challenges.filter((ch) => ch.areas.includes('ME'));
    const direct = new Set(inArea.flatMap((ch) => ch.papers).filter((p) => tradeoff('T3').papers.includes(p)));
    expect(new Set(c.evidence.sharedPapers)).toEqual(direct);
    expect(c.evidence.challenges).toContain('CS07');
    expect(c.evidence.challenges).not.toContain('CM12');
  });

  it('finds considerations that name the entry, with the matching keyword', () => {
    const hpo = cell(stages, 'T2', 'hpo');
    expect(hpo.evidence.sharedPapers).toEqual([]);
    expect(hpo.evidence.considerations).toEqual([
      { index: 3, text: tradeoff('T2').considerations[3], keywords: ['hyperparameter'] },
    ]);
    expect(hpo.strength).toBe(1);
    const testing = cell(stages, 'T5', 'model-testing').evidence.considerations;
    expect(testing.map((m) => m.index)).toEqual([0]);
    // An area is named by its stages too: T5's "automated deployment" names Model Engineering.
    expect(cell(stages, 'T5', 'model-engineering').evidence.considerations.map((m) => m.index)).toEqual([0, 1]);
  });

  it('keeps acronym expansions from matching: "automated deployment" is not AutoML', () => {
    expect(cell(stages, 'T5', 'automl').evidence.considerations).toEqual([]);
    expect(cell(strategies, 'T5', 'ST03').evidence.considerations.map((m) => m.keywords)).toEqual([
      ['automat', 'integrat'],
    ]);
  });

  it('scores a tradeoff with no shared papers and no naming consideration as 0', () => {
    const c = cell(challenges, 'T6', 'CS11');
    expect(data.challenges.find((ch) => ch.id === 'CS11')!.papers.some((p) => tradeoff('T6').papers.includes(p))).toBe(
      false,
    );
    expect(c).toEqual({
      tradeoff: 'T6',
      column: 'CS11',
      strength: 0,
      evidence: { sharedPapers: [], considerations: [], challenges: [] },
    });
  });

  it('sums shared papers and considerations, and reports the largest sum as max', () => {
    for (const m of all) {
      for (const c of m.cells.flat())
        expect(c.strength).toBe(c.evidence.sharedPapers.length + c.evidence.considerations.length);
      expect(m.max).toBe(Math.max(...m.cells.flat().map((c) => c.strength)));
      expect(m.max).toBeGreaterThan(0);
    }
    expect(cell(challenges, 'T3', 'CS07').strength).toBe(3);
  });

  it('is deterministic', () => {
    expect(tradeoffMatrix(catalog, 'challenges')).toEqual(challenges);
  });
});

describe('cell keys', () => {
  it('round-trip through cellAt and name the mode that holds them', () => {
    expect(cellAt(stages, 'T2~hpo')?.column).toBe('hpo');
    expect(cellAt(stages, 'T2~CS05')).toBeUndefined();
    expect(cellAt(stages, 'T9~hpo')).toBeUndefined();
    expect(cellAt(stages, null)).toBeUndefined();
    expect(modeOfKey('T6~CS11')).toBe('challenges');
    expect(modeOfKey('T1~ST04')).toBe('strategies');
    expect(modeOfKey('T1~model-drift')).toBe('stages');
    expect(modeOfKey('T1')).toBeNull();
    expect(columnModes.map((m) => m.id)).toEqual(['stages', 'challenges', 'strategies']);
  });
});
