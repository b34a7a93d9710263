// The import report in words: what a dry run says would happen to each file, and what the import then did.
import type { ImportReportRow } from '../../../electron/common/api.ts';

type Status = ImportReportRow['status'];

/** A shape per outcome, beside the words. */
export const importMarks: Record<Status, string> = { imported: '✓', renumbered: '#', skipped: '–', warning: '⚠' };

const words: Record<'dry' | 'done', Record<Status, string>> = {
  dry: { imported: 'would be imported', renumbered: 'would be renumbered', skipped: 'skipped', warning: 'warning' },
  done: { imported: 'imported', renumbered: 'renumbered', skipped: 'skipped', warning: 'warning' },
};

export function importWords(status: Status, dryRun: boolean): string {
  return words[dryRun ? 'dry' : 'done'][status];
}

/** The files that are (or would be) copied into the folder, under their own number or a new one. */
export function importedRows(report: readonly ImportReportRow[]): ImportReportRow[] {
  return report.filter((r) => r.status === 'imported' || r.status === 'renumbered');
}

/** The report in one sentence of counts: "3 would be imported, 1 would be renumbered, 2 skipped". */
export function importSummary(report: readonly ImportReportRow[], dryRun: boolean): string {
  const order: Status[] = ['imported', 'renumbered', 'skipped', 'warning'];
  const parts = order.flatMap((status) => {
    const n = report.filter((r) => r.status === status).length;
    if (n === 0) return [];
    return [
      status === 'warning' ? `${n} with ${n === 1 ? 'a warning' : 'warnings'}` : `${n} ${importWords(status, dryRun)}`,
    ];
  });
  return parts.length ? `${parts.join(', ')}.` : 'No Markdown records in that folder.';
}
