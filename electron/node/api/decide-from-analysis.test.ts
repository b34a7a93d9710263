// "Create decision" from an analysis is one unit of work: a failed save leaves no decision and no link, anywhere.
import * as fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { AnalysisService } from '../analyses/analysis-service.ts';
import { DecisionService } from '../decisions/decision-service.ts';
import type { DurableFs } from '../store/durable-file.ts';
import { openWorkspace, type WorkspaceStore } from '../store/workspace-store.ts';
import { decideFromAnalysis } from './decide-from-analysis.ts';

/** Renames (the last step of every durable write) fail while `failing.on` is set; `writes` counts those that land. */
function flakyFs() {
  const failing = { on: false, writes: 0 };
  const stub: DurableFs = {
    ...fs,
    rename: async (from, to) => {
      if (failing.on) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      failing.writes++;
      return fs.rename(from, to);
    },
  };
  return { failing, fs: stub };
}

async function scoredAnalysis(store: WorkspaceStore) {
  const analyses = new AnalysisService(store);
  const decisions = new DecisionService(store);
  const a = await analyses.create({ title: 'Which feature store?' });
  await analyses.update(a.id, {
    options: [
      { id: 'o1', title: 'Feast', description: '' },
      { id: 'o2', title: 'Homegrown', description: '' },
    ],
    criteria: [{ id: 'c1', title: 'Stability', tradeoff: 'T5', favours: 'right', type: 'benefit', weight: 1 }],
    ratings: { o1: { c1: 4 }, o2: { c1: 2 } },
  });
  return { analyses, decisions, id: a.id, deps: { store, analyses, decisions } };
}

describe('decideFromAnalysis', () => {
  it('writes the decision and both links in one save', async () => {
    const dir = tempDir();
    const { failing, fs: stub } = flakyFs();
    const store = await openWorkspace(dir, { fs: stub });
    const { id, deps } = await scoredAnalysis(store);
    const writes = failing.writes;
    const { decision, analysis } = await decideFromAnalysis(id, deps);
    expect(failing.writes - writes).toBe(1);
    expect(decision).toMatchObject({ status: 'proposed', analysisId: id, title: 'Which feature store?' });
    expect(analysis.decisionId).toBe(decision.id);
    await store.close();
  });

  it('leaves neither the decision nor a link when the save fails, in memory or on disk after reopening', async () => {
    const dir = tempDir();
    const { failing, fs: stub } = flakyFs();
    const store = await openWorkspace(dir, { fs: stub });
    const { analyses, decisions, id, deps } = await scoredAnalysis(store);
    failing.on = true;
    await expect(decideFromAnalysis(id, deps)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(/permission denied.*Nothing was changed/),
    });
    expect(decisions.list()).toEqual([]);
    expect(analyses.get(id).decisionId).toBeNull();
    expect(store.data.nextDecisionNumber).toBe(1);

    failing.on = false;
    await store.close();
    const reopened = await openWorkspace(dir);
    expect(reopened.data.decisions).toEqual([]);
    expect(new AnalysisService(reopened).get(id).decisionId).toBeNull();
    await reopened.close();
  });

  it('refuses an analysis that cannot be scored yet, creating nothing', async () => {
    const store = await openWorkspace(tempDir());
    const analyses = new AnalysisService(store);
    const decisions = new DecisionService(store);
    const a = await analyses.create({ title: 'Unrated' });
    await expect(decideFromAnalysis(a.id, { store, analyses, decisions })).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('cannot become a decision yet'),
    });
    expect(store.data).toMatchObject({ decisions: [], nextDecisionNumber: 1 });
    await store.close();
  });
});
