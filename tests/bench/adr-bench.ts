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
import { printSection, time } from './report.ts';

const root = path.resolve(import.meta.dirname, '../..');

export async function adrBench(): Promise<void> {
  const log = generatedLog(1000);
  const dir = await mkdtemp(path.join(tmpdir(), 'atlas-bench-adr-'));
  try {
    const madr = path.join(dir, 'madr');
    const adrTools = path.join(dir, 'adr-tools');
    const exported = await time(() => exportFolder(log, madr, { format: 'madr', resolveCitation }));
    await exportFolder(log, adrTools, { format: 'adr-tools', resolveCitation });
    const imported = await time(() => importFolder(adrTools, { fallbackDate: '2026-01-01' }));
    if (imported.result.decisions.length !== 1000) throw new Error(`imported ${imported.result.decisions.length} of 1000`);
    const adrLog = path.join(root, 'node_modules/.bin/adr-log');
    const indexed = await time(() => promisify(execFile)(adrLog, ['-d', madr], { maxBuffer: 64 * 1024 * 1024 }));
    printSection('Decision log of 1,000 records (one run each, same files)', [
      { name: 'adr-log: index the MADR folder (peer)', value: indexed.ms, unit: 'ms' },
      { name: 'ours: export a full MADR folder with index.md', value: exported.ms, unit: 'ms', against: { label: 'adr-log', value: indexed.ms } },
      { name: 'ours: import 1,000 adr-tools files', value: imported.ms, unit: 'ms', against: { label: 'adr-log', value: indexed.ms } },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
