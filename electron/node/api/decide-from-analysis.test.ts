// "Create decision" from an analysis is one unit of work over two files: a failed link leaves no record and no link.
import { readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { AnalysisService } from '../analyses/analysis-service.ts';
import { RecordService } from '../decisions/record-service.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { openFolderWorkspace } from '../folder/open-workspace.ts';
import { decideFromAnalysis } from './decide-from-analysis.ts';

const today = () => '2026-02-03';
const opened: FolderWorkspace[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((ws) => ws.close()));
});

async function open(dir: string) {
  const ws = await openFolderWorkspace(dir, { watch: false });
  opened.push(ws);
  const analyses = new AnalysisService(ws.analyses);
  const decisions = new RecordService(ws, today);
  return { ws, analyses, decisions, deps: { analyses, decisions, today } };
}

async function scoredAnalysis(analyses: AnalysisService): Promise<string> {
  const a = await analyses.create({ title: 'Which feature store?' });
  await analyses.update(a.id, {
    options: [
      { id: 'o1', title: 'Feast', description: '' },
      { id: 'o2', title: 'Homegrown', description: '' },
    ],
    criteria: [{ id: 'c1', title: 'Stability', tradeoff: 'T5', favours: 'right', type: 'benefit', weight: 1 }],
    ratings: { o1: { c1: 4 }, o2: { c1: 2 } },
  });
  return a.id;
}

const recordFiles = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
const analysisFile = (dir: string, id: string) => path.join(dir, '.tradeoff-atlas', 'analyses', `${id}.json`);

describe('decideFromAnalysis', () => {
  it('writes a proposed record drafted from the scores, then the analysis file links to it', async () => {
    const dir = tempDir();
    const { analyses, deps } = await open(dir);
    const id = await scoredAnalysis(analyses);
    const { decision, analysis } = await decideFromAnalysis(id, deps);
    expect(decision).toMatchObject({ id: '0001-which-feature-store.md', status: 'proposed', analysisId: id });
    expect(decision.options.find((o) => o.id === decision.chosenOption)?.title).toBe('Feast');
    expect(await recordFiles(dir)).toEqual([decision.id]);
    expect(await readFile(path.join(dir, decision.id), 'utf8')).toContain('[@T5]');
    expect(await readFile(path.join(dir, decision.id), 'utf8')).toMatch(
      new RegExp(`^---\\n[^]*\\nanalysis: ${id}\\n[^]*---\\n# `),
    );
    // One criterion always weighs 100%: no weight change can move the leader, so no condition is promised.
    expect(decision.justification).not.toContain('Revisit when');
    expect(analysis.decisionId).toBe(decision.id);
    expect(JSON.parse(await readFile(analysisFile(dir, id), 'utf8'))).toMatchObject({ decisionId: decision.id });
  });

  it('leaves neither a record file nor a link when the link cannot be written, on disk and after reopening', async () => {
    const dir = tempDir();
    const { analyses, decisions, deps, ws } = await open(dir);
    const id = await scoredAnalysis(analyses);
    const analysisBefore = await readFile(analysisFile(dir, id), 'utf8');
    // The analyses folder becomes a file, so writing the link fails whoever runs the test (root included).
    const folder = path.join(dir, '.tradeoff-atlas', 'analyses');
    await rename(folder, `${folder}-away`);
    await writeFile(folder, 'not a folder');
    await expect(decideFromAnalysis(id, deps)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringMatching(
        /^The decision was not created: its link could not be saved .*Nothing was changed\.$/,
      ),
    });
    expect(await recordFiles(dir)).toEqual([]);
    expect(await decisions.list()).toEqual([]);
    expect(analyses.get(id).decisionId).toBeNull();

    await ws.close();
    await rm(folder);
    await rename(`${folder}-away`, folder);
    expect(await readFile(analysisFile(dir, id), 'utf8')).toBe(analysisBefore);
    const reopened = await open(dir);
    expect(await reopened.decisions.list()).toEqual([]);
    expect(reopened.analyses.get(id).decisionId).toBeNull();
    expect(await recordFiles(dir)).toEqual([]);
  });

  it('refuses an analysis that cannot be scored yet, writing nothing', async () => {
    const dir = tempDir();
    const { analyses, decisions, deps } = await open(dir);
    const a = await analyses.create({ title: 'Unrated' });
    await expect(decideFromAnalysis(a.id, deps)).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('cannot become a decision yet'),
    });
    expect(await decisions.list()).toEqual([]);
    expect(await recordFiles(dir)).toEqual([]);
  });

  it('asks for confirmation before deciding on inconsistent AHP weights, and decides once confirmed', async () => {
    const dir = tempDir();
    const { analyses, decisions, deps } = await open(dir);
    const a = await analyses.create({ title: 'Inconsistent' });
    const criteria = ['c1', 'c2', 'c3'].map((c) => ({
      id: c,
      title: `Criterion ${c}`,
      tradeoff: null,
      favours: null,
      type: 'benefit' as const,
      weight: 1,
    }));
    await analyses.update(a.id, {
      options: [
        { id: 'o1', title: 'A', description: '' },
        { id: 'o2', title: 'B', description: '' },
      ],
      criteria,
      ratings: { o1: { c1: 5, c2: 1, c3: 3 }, o2: { c1: 1, c2: 5, c3: 2 } },
      ahp: {
        criteria: ['c1', 'c2', 'c3'],
        matrix: [
          [1, 9, 1 / 9],
          [1 / 9, 1, 9],
          [9, 1 / 9, 1],
        ],
      },
    });
    await expect(decideFromAnalysis(a.id, deps)).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringMatching(
        /^The AHP judgements are inconsistent \(consistency ratio \d\.\d\d, above 0\.10\)/,
      ),
    });
    expect(await decisions.list()).toEqual([]);
    const { decision } = await decideFromAnalysis(a.id, deps, { acceptInconsistent: true });
    expect(decision.analysisId).toBe(a.id);
    expect(decision.justification).toContain('above the 0.10 limit');
  });
});
