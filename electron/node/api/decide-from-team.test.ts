// "Create decision" from an analysis with judges: the group's record names the judges, Kendall's W and the widest disagreement.
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { AnalysisService } from '../analyses/analysis-service.ts';
import { JudgeService } from '../analyses/judge-service.ts';
import { RecordService } from '../decisions/record-service.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { openFolderWorkspace } from '../folder/open-workspace.ts';
import { decideFromAnalysis } from './decide-from-analysis.ts';

const today = () => '2026-02-03';
const opened: FolderWorkspace[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((ws) => ws.close()));
});

describe('decideFromAnalysis with judges', () => {
  it('drafts the group’s decision, listing the judges, W and the criteria they disagree on most', async () => {
    const ws = await openFolderWorkspace(tempDir(), { watch: false });
    opened.push(ws);
    const analyses = new AnalysisService(ws.analyses);
    const decisions = new RecordService(ws, today);
    const judges = new JudgeService(ws.judges, analyses);
    const a = await analyses.create({ title: 'Which feature store?' });
    await analyses.update(a.id, {
      options: [
        { id: 'o1', title: 'Feast', description: '' },
        { id: 'o2', title: 'Homegrown', description: '' },
      ],
      criteria: [
        { id: 'c1', title: 'Stability', tradeoff: 'T5', favours: 'right', type: 'benefit', weight: 1 },
        { id: 'c2', title: 'Licence cost', tradeoff: null, favours: null, type: 'cost', weight: 1 },
      ],
      ratings: { o1: { c1: 4, c2: 2 }, o2: { c1: 2, c2: 2 } },
    });
    // Both start from the shared ratings; Ben then sees Homegrown's stability as 5 (Ann keeps 2): SD 1.5.
    await judges.add(a.id, 'Ann Lee');
    const ben = await judges.add(a.id, 'Ben');
    await judges.update(a.id, 'ben', { ratings: { ...ben.judge.ratings, o2: { c1: 5, c2: 2 } } }, ben.version);

    const { decision } = await decideFromAnalysis(a.id, { analyses, decisions, today, judges: ws.judges });
    expect(decision.decisionMakers).toEqual(['Ann Lee', 'Ben']);
    // Group: Feast (4 + 4)/2 = 4, Homegrown (2 + 5)/2 = 3.5 on stability; cost 2 for both. Feast leads.
    expect(decision.chosenOption).toBe('o1');
    expect(decision.moreInformation).toContain('Weighed by 2 judges: Ann Lee (weight 50%), Ben (weight 50%).');
    // Ann ranks Feast first, Ben Homegrown: W = 0.
    expect(decision.moreInformation).toContain('Kendall’s W = 0.00');
    expect(decision.moreInformation).toContain('“Stability” (1.50 on “Homegrown”)');
    expect(decision.options.find((o) => o.id === 'o2')?.neutral).toContain('Stability: 3.5/5');
  });
});
