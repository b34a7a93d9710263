// `import` and `export`: moving decision records between the workspace and Markdown folders (`lint` is lint-command.ts).
import path from 'node:path';
import { exportFormats, type ExportFormat } from '../common/api.ts';
import { AppError } from '../common/errors.ts';
import { withWorkspace } from './workspace-command.ts';

/** What a command prints: one text, or pieces printed one after another (a large listing's bytes as read). */
export type Printed = string | readonly (string | Uint8Array)[];

export interface Output<Out extends Printed = string> {
  out: Out;
  err: string;
  code: number;
}

export async function importCommand(dir: string, opts: { workspace?: string; dryRun?: boolean }): Promise<Output> {
  const dryRun = opts.dryRun ?? false;
  const result = await withWorkspace(opts.workspace, (api) => api.importDecisions({ dir: path.resolve(dir), dryRun }));
  const lines = result.report.map(
    (r) =>
      `${r.status.padEnd(10)} ${r.file}${r.target && r.target !== r.file ? ` → ${r.target}` : ''}${r.message ? `: ${r.message}` : ''}`,
  );
  const count = (status: string) => result.report.filter((r) => r.status === status).length;
  const moved = count('imported') + count('renumbered');
  lines.push(
    dryRun
      ? `Dry run: would import ${moved} record(s) (${count('renumbered')} renumbered); ${count('skipped')} skipped. Nothing was written.`
      : `Imported ${result.imported.length} record(s) (${count('renumbered')} renumbered); ${count('skipped')} skipped.`,
  );
  return { out: lines.join('\n'), err: '', code: 0 };
}

export async function exportCommand(opts: {
  format: string;
  out: string;
  workspace?: string;
  combined?: boolean;
}): Promise<Output> {
  if (!exportFormats.includes(opts.format as ExportFormat)) {
    throw new AppError('bad-request', `Unknown format "${opts.format}": use ${exportFormats.join(', ')}.`);
  }
  const format = opts.format as ExportFormat;
  const { written } = await withWorkspace(opts.workspace, (api) =>
    api.exportDecisions({ format, scope: opts.combined ? 'combined' : 'folder', dir: path.resolve(opts.out) }),
  );
  return { out: [...written, `Wrote ${written.length} file(s).`].join('\n'), err: '', code: 0 };
}
