// Saving one edit in a folder of 5,000 record files through the record service, each write durable (temp file, fsync, rename, fsync folder).
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RecordService } from '../../electron/node/decisions/record-service.ts';
import { openFolderWorkspace } from '../../electron/node/folder/open-workspace.ts';
import { generatedLog } from './generated-log.ts';
import { percentile, printSection, time } from './report.ts';

export async function storeBench(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-store-'));
  try {
    // Each generated decision is a record file: its id is the file name, its markdown the file's text.
    const files = generatedLog(5000);
    for (let i = 0; i < files.length; i += 64)
      await Promise.all(files.slice(i, i + 64).map((d) => writeFile(path.join(dir, d.id), d.markdown)));
    // Unwatched, as the CLI opens a folder: the figures are the save path's, not the watcher's reload of our writes.
    const opened = await time(() => openFolderWorkspace(dir, { watch: false }));
    const ws = opened.result;
    const service = new RecordService(ws, () => '2026-01-15');
    const listed = await time(async () => service.list());
    let target = listed.result[2500]!;
    const saves: number[] = [];
    for (let i = 0; i < 120; i++) {
      const { ms, result } = await time(() =>
        service.update(target.id, { context: `Edited ${i}: drift [@CM12] matters.` }, target.version),
      );
      if (!result.decision) throw new Error(`save ${i} met a conflict`);
      target = result.decision;
      saves.push(ms);
    }
    await ws.close();
    printSection('Folder of 5,000 record files (120 saves of one edit, each awaited until durable)', [
      { name: 'open the folder (read every file)', value: opened.ms, unit: 'ms' },
      { name: 'list every decision (parse every file, first time)', value: listed.ms, unit: 'ms' },
      { name: 'save one edit, p50', value: percentile(saves, 50), unit: 'ms', against: { label: 'target', value: 50 } },
      { name: 'save one edit, p95', value: percentile(saves, 95), unit: 'ms', against: { label: 'target', value: 50 } },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
