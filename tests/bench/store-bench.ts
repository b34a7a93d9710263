// Saving one edit in a workspace of 5,000 decisions, with durable writes (temp file, fsync, rename, fsync folder).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DecisionService } from '../../electron/node/decisions/decision-service.ts';
import { openWorkspace } from '../../electron/node/store/workspace-store.ts';
import { generatedLog } from './generated-log.ts';
import { percentile, printSection, time } from './report.ts';

export async function storeBench(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-store-'));
  try {
    let store = await openWorkspace(dir);
    await store.update((doc) => {
      doc.decisions = generatedLog(5000);
      doc.nextDecisionNumber = 5001;
    });
    await store.close();
    const opened = await time(() => openWorkspace(dir));
    store = opened.result;
    const service = new DecisionService(store);
    const target = service.list()[2500]!;
    const saves: number[] = [];
    for (let i = 0; i < 120; i++) {
      const { ms } = await time(async () => {
        await service.update(target.id, { context: `Edited ${i}: drift [@CM12] matters.` });
        await store.flush();
      });
      saves.push(ms);
    }
    await store.close();
    printSection('Workspace of 5,000 decisions (120 saves of one edit, each awaited until durable)', [
      { name: 'open the workspace', value: opened.ms, unit: 'ms' },
      { name: 'save one edit, p50', value: percentile(saves, 50), unit: 'ms', against: { label: 'target', value: 50 } },
      { name: 'save one edit, p95', value: percentile(saves, 95), unit: 'ms', against: { label: 'target', value: 50 } },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
