// Merges the file-by-file parse report with what the decision service did (rejected, renumbered, dropped links).
import type { ImportReportRow } from '../../common/api.ts';
import type { ImportResult } from '../adr-files/import-folder.ts';
import type { ImportReport } from '../decisions/decision-import.ts';

export function importRows(parsed: ImportResult, report: ImportReport): ImportReportRow[] {
  const rows: ImportReportRow[] = parsed.report.map((r) => ({ ...r }));
  const rowOf = (file: string) => rows.find((r) => r.file === file);
  const demote = (file: string, status: ImportReportRow['status'], message: string) => {
    const row = rowOf(file);
    if (!row) return rows.push({ file, status, message });
    // A skip outranks a warning, which outranks a plain import.
    if (status === 'skipped' || row.status === 'imported') row.status = status;
    row.message = row.message ? `${row.message}; ${message}` : message;
  };
  for (const r of report.rejected) {
    const file = parsed.decisions[r.index]?.file;
    if (file) demote(file, 'skipped', r.message);
  }
  const importedNumbers = new Map(report.imported.map((d, i) => [d.number, i]));
  for (const r of report.renumbered) {
    const file = parsed.decisions.find((p) => p.number === r.from && p.record.title === r.title)?.file;
    if (file) demote(file, 'warning', `number ${r.from} is already used in this workspace, so it became ADR ${r.to}`);
  }
  for (const d of report.droppedLinks) {
    const index = importedNumbers.get(d.number);
    const title = index === undefined ? null : report.imported[index]?.title;
    const file = parsed.decisions.find((p) => p.record.title === title)?.file;
    if (file)
      demote(
        file,
        'warning',
        `its supersede link to ADR ${d.link} was dropped: no such record in the folder or the workspace`,
      );
  }
  return rows;
}
