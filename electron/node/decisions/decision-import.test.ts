// Import planning: kept and reassigned numbers, remapped links, ids and rejected items.
import { describe, expect, it } from 'vitest';
import { planImport, type ImportContext } from './decision-import.ts';

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  let id = 0;
  return {
    takenNumbers: new Set(),
    takenIds: new Set(),
    nextNumber: 1,
    today: '2024-03-01',
    now: '2024-03-01T12:00:00.000Z',
    newId: () => `new-${++id}`,
    ...overrides,
  };
}

describe('planImport', () => {
  it('keeps every number of a fresh import and continues after the highest', () => {
    const plan = planImport(
      [
        { number: 3, title: 'C' },
        { number: 10, title: 'J' },
      ],
      context(),
    );
    expect(plan.imported.map((d) => d.number)).toEqual([3, 10]);
    expect(plan.renumbered).toEqual([]);
    expect(plan.nextNumber).toBe(11);
  });

  it('renumbers a duplicate inside the import; links to that number go to the first holder', () => {
    const plan = planImport(
      [
        { number: 1, title: 'First' },
        { number: 1, title: 'Second' },
        { number: 2, title: 'Later', supersedes: [1] },
      ],
      context(),
    );
    expect(plan.imported.map((d) => [d.title, d.number, d.supersedes])).toEqual([
      ['First', 1, []],
      ['Second', 3, []],
      ['Later', 2, [1]],
    ]);
    expect(plan.renumbered).toEqual([{ title: 'Second', from: 1, to: 3 }]);
  });

  it('keeps links to decisions already in the workspace', () => {
    const plan = planImport(
      [{ number: 4, title: 'New', supersedes: [2] }],
      context({ takenNumbers: new Set([2]), nextNumber: 3 }),
    );
    expect(plan.imported[0]).toMatchObject({ number: 4, supersedes: [2] });
    expect(plan.droppedLinks).toEqual([]);
  });

  it('keeps an imported id unless it is taken', () => {
    const plan = planImport(
      [
        { id: 'mine', title: 'A' },
        { id: 'taken', title: 'B' },
        { id: 'mine', title: 'C' },
      ],
      context({ takenIds: new Set(['taken']) }),
    );
    const [a, b, c] = plan.imported.map((d) => d.id);
    expect(a).toBe('mine');
    expect(b).toMatch(/^new-/);
    expect(c).toMatch(/^new-/);
    expect(b).not.toBe(c);
  });

  it('rejects bad numbers and invalid fields with the reason', () => {
    const plan = planImport(
      [
        { number: 0, title: 'Zero' },
        { number: 2, title: 'Bad status', status: 'maybe' },
      ],
      context(),
    );
    expect(plan.imported).toEqual([]);
    expect(plan.rejected).toEqual([
      { index: 0, message: 'Its number 0 is not a positive whole number.' },
      { index: 1, message: expect.stringMatching(/^Decision Bad status is not valid — status: /) },
    ]);
  });
});
