// What `tradeoff-atlas lint` would flag in the records an export is about to write, asked before writing.
import type { ExportCheckRequest, ExportProblem } from '../../common/api.ts';
import { AppError } from '../../common/errors.ts';
import { lintRecords, type LintMessage } from '../adr-files/lint-folder.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { catalogKeys } from './catalog-report.ts';

/**
 * Lint's errors (unknown catalogue keys) and its warnings of no considered options or no outcome are what an exported
 * record would be the worse for; a missing date, an unusual status or a section left out is how the team writes.
 */
const exportWarnings = new Set(['no-options', 'no-outcome']);
const mattersForExport = (m: LintMessage) => m.severity === 'error' || exportWarnings.has(m.rule);

export async function exportProblems(
  ws: FolderWorkspace,
  req: ExportCheckRequest,
  today: string,
): Promise<ExportProblem[]> {
  const files = (await ws.records.readAll()).flatMap((s) =>
    s.text === null ? [] : [{ fileName: s.file, text: s.text }],
  );
  const inScope = req.scope === 'one' ? files.filter((f) => f.fileName === req.decisionId) : files;
  if (req.scope === 'one' && inScope.length === 0) throw new AppError('bad-request', 'Choose the decision to export.');
  return lintRecords(inScope, { knownKeys: catalogKeys(), today })
    .filter(mattersForExport)
    .map(({ file, line, rule, message }) => ({ id: file, line, rule, message }));
}
