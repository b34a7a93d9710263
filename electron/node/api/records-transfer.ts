// Import into and export from the workspace folder: the host's side of electron/node/adr-files.
import type { ExportRequest, ImportResult } from '../../common/api.ts';
import { renderAdr } from '../../common/adr-markdown/render-adr.ts';
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import { catalog } from '../../../catalog/index.ts';
import { citationResolver } from '../../../catalog/citations.ts';
import { exportFolder } from '../adr-files/export-folder.ts';
import { readFolderRecords } from '../adr-files/folder-records.ts';
import { applyImport } from '../adr-files/import-apply.ts';
import { planImport } from '../adr-files/import-plan.ts';
import { createFileInside } from '../adr-files/safe-write.ts';
import type { RecordService } from '../decisions/record-service.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';

const resolveCitation = citationResolver(catalog);

export async function exportDecisions(all: Decision[], req: ExportRequest): Promise<{ written: string[] }> {
  if (req.scope !== 'one') {
    const { written } = await exportFolder(all, {
      dir: req.dir,
      format: req.format,
      combined: req.scope === 'combined',
    });
    return { written };
  }
  const one = all.find((d) => d.id === req.decisionId);
  if (!one) throw new AppError('bad-request', 'Choose the decision to export.');
  // A record already in the dialect asked for is exported as it is, byte for byte.
  const titleOf = (n: number) => all.find((d) => d.number === n)?.title ?? null;
  const text = one.dialect === req.format ? one.markdown : renderAdr(one, req.format, { resolveCitation, titleOf });
  return { written: [await createFileInside(req.dir, one.id, text)] };
}

/** Copies another folder's records in, keeping their bytes; a dry run reports the same rows and writes nothing. */
export async function importDecisions(
  ws: FolderWorkspace,
  decisions: RecordService,
  req: { dir: string; dryRun?: boolean | undefined },
): Promise<ImportResult> {
  const source = await readFolderRecords(req.dir);
  const existing = (await ws.records.readAll()).flatMap((s) =>
    s.text === null ? [] : [{ fileName: s.file, text: s.text }],
  );
  const dryRun = req.dryRun ?? false;
  const report = await applyImport(
    planImport(source, existing),
    async (fileName, text) => void (await ws.records.write(fileName, text, null)),
    { dryRun },
  );
  if (!dryRun) ws.afterWrite();
  const written = dryRun
    ? []
    : report.filter((r) => r.target && (r.status === 'imported' || r.status === 'renumbered'));
  return { imported: await Promise.all(written.map((r) => decisions.get(r.target!))), report, dryRun };
}
