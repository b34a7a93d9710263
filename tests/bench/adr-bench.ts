// Export, import and indexing of a 1,000-decision log, side by side with adr-log's own index of the same files.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { resolveCitation } from '../../electron/host/api/host-api.ts';
import { exportFolder } from '../../electron/host/adr-files/export-folder.ts';
import { importFolder } from '../../electron/host/adr-files/import-folder.ts';
import { generatedLog } from './generated-log.ts';
import { percentile, printSection, time } from './report.ts';

const runs = 5;

const root = path.resolve(import.meta.dirname, '../..');

export async function adrBench(): Promise<void> {
  const log = generatedLog(1000);
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-adr-'));
  const adrLog = path.join(root, 'node_modules/.bin/adr-log');
  const exports: number[] = [];
  const imports: number[] = [];
  const indexes: number[] = [];
  try {
    // This disk's write speed swings by an order of magnitude from one second to the next, so each figure is
    // the median of several runs, the peer's included.
    for (let r = 0; r < runs; r++) {
      const madr = path.join(dir, `madr-${r}`);
      const adrTools = path.join(dir, `adr-tools-${r}`);
      exports.push((await time(() => exportFolder(log, madr, { format: 'madr', resolveCitation }))).ms);
      await exportFolder(log, adrTools, { format: 'adr-tools', resolveCitation });
      const imported = await time(() => importFolder(adrTools, { fallbackDate: '2026-01-01' }));
      if (imported.result.decisions.length !== 1000) throw new Error(`imported ${imported.result.decisions.length} of 1000`);
      imports.push(imported.ms);
      indexes.push((await time(() => promisify(execFile)(adrLog, ['-d', madr], { maxBuffer: 64 * 1024 * 1024 }))).ms);
    }
    const peer = percentile(indexes, 50);
    printSection(`Decision log of 1,000 records (median of ${runs} runs, same files; first run includes JIT warm-up)`, [
      { name: 'adr-log: index the MADR folder (peer, whole process)', value: peer, unit: 'ms' },
      { name: 'ours: export a full MADR folder with index.md', value: percentile(exports, 50), unit: 'ms', against: { label: 'adr-log', value: peer } },
      { name: 'ours: import 1,000 adr-tools files', value: percentile(imports, 50), unit: 'ms', against: { label: 'adr-log', value: peer } },
      { name: 'ours: export, first (cold) run', value: exports[0]!, unit: 'ms' },
      { name: 'ours: import, first (cold) run', value: imports[0]!, unit: 'ms' },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
