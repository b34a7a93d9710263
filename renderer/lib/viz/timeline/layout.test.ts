// The timeline: date order, git dates standing in for missing ones, undated records apart, supersede arcs.
import { describe, expect, it } from 'vitest';
import { emptyDecision, type Decision } from '../../../../electron/common/decision.ts';
import { layoutTimeline, timelineRecords } from './layout.ts';

function decision(number: number, date: string | null, extra: Partial<Decision> = {}): Decision {
  return { ...emptyDecision(`000${number}-d.md`, number, `Decision ${number}`), date, lifecycle: 'accepted', ...extra };
}

const log = [
  decision(2, '2024-05-02', { lifecycle: 'superseded', supersededBy: 4 }),
  decision(1, '2024-02-10'),
  decision(4, '2025-03-20', { supersedes: [2] }),
  decision(3, null, {
    git: {
      state: 'unchanged',
      lastCommit: { hash: 'a', author: 'Ada', date: '2024-09-15T10:00:00+02:00', subject: 's' },
    },
  }),
  decision(5, null, { lifecycle: 'proposed' }),
];

describe('timelineRecords', () => {
  it('takes the record’s date, else its last commit’s day, else none', () => {
    const r = timelineRecords(log);
    expect(r.map((x) => [x.number, x.date, x.dateSource])).toEqual([
      [2, '2024-05-02', 'record'],
      [1, '2024-02-10', 'record'],
      [4, '2025-03-20', 'record'],
      [3, '2024-09-15', 'git'],
      [5, null, null],
    ]);
  });
});

describe('layoutTimeline', () => {
  const layout = layoutTimeline(timelineRecords(log), { width: 800 });

  it('puts dated records on rows in date order, left to right in time, and undated ones apart', () => {
    expect(layout.dots.map((d) => [d.id, d.x, d.y])).toMatchSnapshot();
    expect(layout.dots.map((d) => d.id)).toEqual(['0001-d.md', '0002-d.md', '0003-d.md', '0004-d.md']);
    const xs = layout.dots.map((d) => d.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.undated.map((r) => r.id)).toEqual(['0005-d.md']);
    expect(layout.dots.find((d) => d.id === '0003-d.md')!.title).toBe(
      '3. Decision 3 · accepted, 2024-09-15 (last commit)',
    );
  });

  it('draws each supersede link from the replaced record to its replacement', () => {
    expect(layout.chains.map((c) => [c.from, c.to])).toEqual([['0002-d.md', '0004-d.md']]);
    expect(layout.chains[0]!.path).toMatch(/^M[\d.]+,[\d.]+C[\d.]+,[\d.]+ [\d.]+,[\d.]+ [\d.]+,[\d.]+$/);
  });
});
