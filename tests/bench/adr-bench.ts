// Export and import of a 1,000-decision log, timed inside this process. These are our code's own costs, not a
// comparison with a peer: the peers are measured whole process against whole process in cli-bench.ts.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { exportFolder } from '../../electron/node/adr-files/export-folder.ts';
import { readFolderRecords } from '../../electron/node/adr-files/folder-records.ts';
import { planImport } from '../../electron/node/adr-files/import-plan.ts';
import { generatedLog } from './generated-log.ts';
import { percentile, printSection, time } from './report.ts';

const runs = 5;

export async function adrBench(): Promise<void> {
  const log = generatedLog(1000);
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-adr-'));
  const exports: number[] = [];
  // A RAM-backed folder separates our code's cost from this disk's write throttling, which swings tenfold.
  const ram = existsSync('/dev/shm') ? await mkdtemp('/dev/shm/atlas-bench-') : null;
  const ramExports: number[] = [];
  const floors: number[] = [];
  const imports: number[] = [];
  try {
    // This disk's write speed swings by an order of magnitude from one second to the next, so each figure is
    // the median of several runs.
    // Each timed step starts once earlier writes have reached the disk (sync), so no step pays for another's writeback.
    const settle = () => promisify(execFile)('sync');
    for (let r = 0; r < runs; r++) {
      const madr = path.join(dir, `madr-${r}`);
      const adrTools = path.join(dir, `adr-tools-${r}`);
      await settle();
      exports.push((await time(() => exportFolder(log, { dir: madr, format: 'madr' }))).ms);
      // The floor: the same files written with bare writeFile calls, nothing rendered or checked.
      const floor = path.join(dir, `floor-${r}`);
      const names = await readdir(madr);
      const contents = await Promise.all(names.map((n) => readFile(path.join(madr, n), 'utf8')));
      await mkdir(floor);
      await settle();
      floors.push(
        (
          await time(async () => {
            for (let i = 0; i < names.length; i += 32) {
              await Promise.all(names.slice(i, i + 32).map((n, j) => writeFile(path.join(floor, n), contents[i + j]!)));
            }
          })
        ).ms,
      );
      if (ram)
        ramExports.push((await time(() => exportFolder(log, { dir: path.join(ram, `madr-${r}`), format: 'madr' }))).ms);
      await exportFolder(log, { dir: adrTools, format: 'adr-tools' });
      await settle();
      const imported = await time(async () => planImport(await readFolderRecords(adrTools), []));
      const count = imported.result.filter((row) => row.status === 'imported').length;
      if (count !== 1000) throw new Error(`imported ${count} of 1000`);
      imports.push(imported.ms);
    }
    printSection(`Decision log of 1,000 records, in process (median of ${runs} runs; first run includes JIT warm-up)`, [
      { name: 'ours: export a full MADR folder with index.md', value: percentile(exports, 50), unit: 'ms' },
      { name: 'floor: bare writeFile of the same 1,001 files, this disk', value: percentile(floors, 50), unit: 'ms' },
      ...(ram
        ? [{ name: 'ours: the same export into RAM (/dev/shm)', value: percentile(ramExports, 50), unit: 'ms' }]
        : []),
      { name: 'ours: import 1,000 adr-tools files', value: percentile(imports, 50), unit: 'ms' },
      { name: 'ours: export, first (cold) run', value: exports[0]!, unit: 'ms' },
      { name: 'ours: import, first (cold) run', value: imports[0]!, unit: 'ms' },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
    if (ram) await rm(ram, { recursive: true, force: true });
  }
}
