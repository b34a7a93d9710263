// The judge service over real files: ids from names, new judges from the shared ratings, stale writes refused.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { dispatch } from '../api/dispatch.ts';
import { createHostApi } from '../api/host-api.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { openFolderWorkspace } from '../folder/open-workspace.ts';

const opened: FolderWorkspace[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((ws) => ws.close()));
});

async function setup() {
  const ws = await openFolderWorkspace(tempDir(), { watch: false });
  opened.push(ws);
  const api = createHostApi(ws, { host: 'web', version: 'test' });
  const a = await api.createAnalysis({ title: 'Q' });
  await api.updateAnalysis(a.id, { ratings: { o1: { c1: 3 } } });
  return { ws, api, analysisId: a.id };
}

describe('judges through the API', () => {
  it('names files after the judges, starts each from the shared ratings, and lists them by name', async () => {
    const { api, analysisId } = await setup();
    const ben = await api.addJudge(analysisId, { name: 'Ben' });
    await api.addJudge(analysisId, { name: 'Ann' });
    const ben2 = await api.addJudge(analysisId, { name: 'ben' });
    expect([ben.judge.id, ben2.judge.id]).toEqual(['ben', 'ben-2']);
    expect(ben.judge.ratings).toEqual({ o1: { c1: 3 } });
    expect((await api.listJudges(analysisId)).map((e) => e.judge.name)).toEqual(['Ann', 'ben', 'Ben']);
  });

  it('refuses a stale version, an unknown judge or analysis, and an invalid patch', async () => {
    const { api, analysisId } = await setup();
    const ann = await api.addJudge(analysisId, { name: 'Ann' });
    const saved = await api.updateJudge(analysisId, 'ann', { weight: 2 }, ann.version);
    expect(saved.judge.weight).toBe(2);
    await expect(api.updateJudge(analysisId, 'ann', { weight: 3 }, ann.version)).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(api.updateJudge(analysisId, 'zed', { weight: 3 }, ann.version)).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(api.listJudges('no-such-analysis')).rejects.toMatchObject({ code: 'not-found' });
    // At the boundary: a negative weight and a field the patch does not know.
    const negative = await dispatch(api, 'updateJudge', [analysisId, 'ann', { weight: -1 }, saved.version]);
    expect(negative).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot be negative/) } });
    const unknown = await dispatch(api, 'updateJudge', [analysisId, 'ann', { id: 'x' }, saved.version]);
    expect(unknown.ok).toBe(false);
    await api.removeJudge(analysisId, 'ann', saved.version);
    expect(await api.listJudges(analysisId)).toEqual([]);
  });
});
