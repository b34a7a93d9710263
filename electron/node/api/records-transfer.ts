// Import and export between the workspace folder and other folders (wired to electron/node/adr-files).
import type { ExportRequest, ImportResult } from '../../common/api.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import type { RecordService } from '../decisions/record-service.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';

export async function exportDecisions(_all: Decision[], _req: ExportRequest): Promise<{ written: string[] }> {
  throw new AppError('unavailable', 'Export is being rebuilt for folder workspaces.');
}

export async function importDecisions(
  _ws: FolderWorkspace,
  _decisions: RecordService,
  _req: { dir: string; dryRun?: boolean | undefined },
): Promise<ImportResult> {
  throw new AppError('unavailable', 'Import is being rebuilt for folder workspaces.');
}
