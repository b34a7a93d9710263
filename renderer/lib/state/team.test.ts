// Tests for the team state: "rating as" a judge, edits saved in order on each file's version, refusals reloaded, team scores.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from '../../../electron/common/analysis.ts';
import { AppError } from '../../../electron/common/errors.ts';
import type { Judge, JudgeEntry } from '../../../electron/common/judge.ts';
import { Team, type TeamApi } from './team.svelte.ts';

const analysis: Analysis = {
  ...emptyAnalysis('a1', 'Which store?', '2025-01-01T00:00:00.000Z'),
  options: [
    { id: 'x', title: 'X', description: '' },
    { id: 'y', title: 'Y', description: '' },
  ],
  criteria: [{ id: 'c', title: 'Speed', tradeoff: null, favours: null, type: 'benefit', weight: 1 }],
  ratings: { x: { c: 4 }, y: { c: 2 } },
  montecarlo: { samples: 100, seed: 1, mode: 'dirichlet', spread: 0.2 },
};

/** A host holding judge files in memory, versioned by write count, refusing stale versions as the real one does. */
function fakeHost() {
  const disk = new Map<string, JudgeEntry>();
  let writes = 0;
  const calls: string[] = [];
  const write = (judge: Judge): JudgeEntry => {
    const entry = { judge, version: `v${++writes}` };
    disk.set(judge.id, entry);
    return entry;
  };
  const api: TeamApi = {
    // Only a1 has judges.
    listJudges: async (analysisId) => (analysisId === 'a1' ? [...disk.values()] : []),
    addJudge: async (_, { name }) =>
      write({ id: name.toLowerCase(), name, weight: 1, ratings: analysis.ratings, ahp: null, updatedAt: '' }),
    updateJudge: async (_, id, patch, version) => {
      calls.push(`update ${id} on ${version}`);
      const held = disk.get(id)!;
      if (held.version !== version) throw new AppError('conflict', `${held.judge.name}'s file changed on disk`);
      return write({ ...held.judge, ...patch });
    },
    removeJudge: async (_, id) => {
      disk.delete(id);
      return { removed: id };
    },
  };
  return { api, disk, calls, write };
}

async function setup() {
  const host = fakeHost();
  const team = new Team(host.api, () => analysis);
  await team.load('a1');
  return { team, ...host };
}

describe('Team', () => {
  it('has no team score without judges, and rates as each judge added', async () => {
    const { team } = await setup();
    expect(team.score).toBeNull();
    await team.add('Ann');
    await team.add('Ben');
    expect(team.ratingAs).toBe('ben');
    expect(team.current?.ratings).toEqual(analysis.ratings);
  });

  it('saves quick edits one after another, each on the version the one before wrote', async () => {
    const { team, calls, disk } = await setup();
    await team.add('Ann');
    team.rate('x', 'c', 1);
    team.rate('y', 'c', 5);
    // Shown at once, before any write finished.
    expect(team.current?.ratings).toEqual({ x: { c: 1 }, y: { c: 5 } });
    await team.flush();
    expect(calls).toEqual(['update ann on v1', 'update ann on v2']);
    expect(disk.get('ann')?.judge.ratings).toEqual({ x: { c: 1 }, y: { c: 5 } });
  });

  it('scores the team live: two judges ranking in reverse have W = 0 and spread 1.5 on both options', async () => {
    const { team } = await setup();
    await team.add('Ann');
    await team.add('Ben');
    team.rate('x', 'c', 1);
    team.rate('y', 'c', 5);
    const score = team.score;
    if (!score?.ok) throw new Error('not scored');
    expect(score.kendallW).toBe(0);
    // Ann 4 and Ben 1 around 2.5; Ann 2 and Ben 5 around 3.5.
    expect(score.disagreement).toEqual([[1.5], [1.5]]);
    expect(score.groupRatings).toEqual([[2.5], [3.5]]);
  });

  it('reloads the judge and says why when their file changed on disk meanwhile', async () => {
    const { team, disk, write } = await setup();
    await team.add('Ann');
    write({ ...disk.get('ann')!.judge, ratings: { x: { c: 3 }, y: { c: 3 } } });
    team.rate('x', 'c', 5);
    await team.flush();
    expect(team.error).toMatch(/Could not save Ann's change: Ann's file changed on disk/);
    expect(team.current?.ratings).toEqual({ x: { c: 3 }, y: { c: 3 } });
  });

  it('forgets the judges of another analysis when switching', async () => {
    const { team } = await setup();
    await team.add('Ann');
    await team.load('a2');
    expect(team.judges).toEqual([]);
    expect(team.ratingAs).toBeNull();
  });
});
