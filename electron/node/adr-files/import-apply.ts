// Carries out an import plan through the host's own writer, row by row; a dry run reports the same rows and writes nothing.
import type { ImportReportRow } from '../../common/api.ts';
import type { ImportPlanRow } from './import-plan.ts';

/** Writes a new record file; it must refuse (throw) rather than overwrite a file that is there. */
export type WriteNewRecord = (fileName: string, text: string) => Promise<void>;

/**
 * Writes each row that has text under its target, in plan order. A row whose write fails becomes "skipped" with the
 * reason, and the rest carry on; the report is the plan without the texts.
 */
export async function applyImport(
  plan: readonly ImportPlanRow[],
  write: WriteNewRecord,
  opts: { dryRun?: boolean } = {},
): Promise<ImportReportRow[]> {
  const report: ImportReportRow[] = [];
  for (const { text, ...row } of plan) {
    if (opts.dryRun || text === null || row.target === null) {
      report.push(row);
      continue;
    }
    try {
      await write(row.target, text);
      report.push(row);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.push({ ...row, status: 'skipped', message: `could not be written: ${reason}` });
    }
  }
  return report;
}
