// The built CLI's `score` with judges in place of ratings: the group, each judge, W and the spread; bad judges refused.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const cli = path.resolve(import.meta.dirname, '../../dist/cli/tradeoff-atlas.js');
const dir = mkdtempSync(path.join(tmpdir(), 'atlas-cli-judges-'));
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function score(input: unknown) {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(file, JSON.stringify(input));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, 'score', file]);
    return { stdout, stderr, code: 0 };
  } catch (e) {
    const err = e as { stdout: string; stderr: string; code: number };
    return { stdout: err.stdout, stderr: err.stderr, code: err.code };
  }
}

const analysis = {
  options: [{ id: 'batch' }, { id: 'online' }, { id: 'hybrid' }],
  criteria: [
    { id: 'acc', tradeoff: 'T2', favours: 'right', type: 'benefit', weight: 1 },
    { id: 'cost', type: 'cost', weight: 1 },
  ],
  montecarlo: { samples: 1000, seed: 7 },
};

test('score with judges prints the group, each judge, Kendall’s W and the disagreement', async () => {
  const { stdout, code } = await score({
    ...analysis,
    judges: [
      {
        id: 'ann',
        name: 'Ann',
        ratings: { batch: { acc: 5, cost: 1 }, online: { acc: 3, cost: 3 }, hybrid: { acc: 1, cost: 5 } },
        ahp: {
          criteria: ['acc', 'cost'],
          matrix: [
            [1, 2],
            [0.5, 1],
          ],
        },
      },
      {
        id: 'ben',
        weight: 1,
        ratings: { batch: { acc: 5, cost: 1 }, online: { acc: 3, cost: 3 }, hybrid: { acc: 3, cost: 3 } },
        ahp: {
          criteria: ['acc', 'cost'],
          matrix: [
            [1, 8],
            [0.125, 1],
          ],
        },
      },
    ],
  });
  expect(code).toBe(0);
  const r = JSON.parse(stdout);
  expect(r.group.ratings.hybrid).toEqual({ acc: 2, cost: 4 });
  // √(2 · 8) = 4: acc weighs 4/5 in the group's matrix.
  expect(r.group.ahp.weights.acc).toBeCloseTo(0.8, 9);
  expect(r.group.ahp.cr).toBe(0);
  expect(r.judges.ann.ranks).toEqual({ batch: 1, online: 2, hybrid: 3 });
  // Ben ties online and hybrid (both 3 and 3): ranks 1, 2, 2.
  expect(r.judges.ben.ranks).toEqual({ batch: 1, online: 2, hybrid: 2 });
  // Average ranks: Ann 1, 2, 3; Ben 1, 2.5, 2.5 (T = 6). Rank sums 2, 4.5, 5.5 around 4: S = 4 + 0.25 + 2.25 = 6.5;
  // W = 12 · 6.5 / (4 · 24 − 2 · 6) = 78 / 84.
  expect(r.consensus.kendallW).toBeCloseTo(78 / 84, 12);
  expect(r.disagreement.hybrid).toEqual({ acc: 1, cost: 1 });
  expect(r.disagreement.batch).toEqual({ acc: 0, cost: 0 });
  // Beside the existing fields, computed on the group's ratings.
  expect(Object.keys(r)).toEqual(expect.arrayContaining(['scores', 'ranks', 'breakEven', 'winRates', 'ahp']));
  expect(r.leaders).toEqual(['batch']);
});

test('score refuses invalid judges with a clear message and a non-zero exit', async () => {
  const { stdout, stderr, code } = await score({
    ...analysis,
    judges: [
      { id: 'ann', weight: -2, ratings: { batch: { acc: 5, cost: 1 }, online: { acc: 3, cost: 3 }, nope: { acc: 1 } } },
      {
        id: 'ben',
        ratings: { batch: { acc: 5, cost: 1 }, online: { acc: 3, cost: 3 }, hybrid: { acc: 3, cost: 3 } },
        ahp: {
          criteria: ['acc', 'cost'],
          matrix: [
            [1, 2],
            [2, 1],
          ],
        },
      },
    ],
  });
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  expect(stderr).toContain('is not a valid analysis with judges');
  expect(stderr).toContain('judges[0] ("ann").weight: judge weights must be finite and ≥ 0 (got -2)');
  expect(stderr).toContain('judges[0] ("ann").ratings.nope: no option has id "nope"');
  expect(stderr).toContain('judges[0] ("ann").ratings.hybrid: option "hybrid" is not rated on "acc", "cost"');
  expect(stderr).toContain(
    'judges[1] ("ben").ahp.matrix[0][1] = 2 and judges[1] ("ben").ahp.matrix[1][0] = 2 are not reciprocal',
  );
});
