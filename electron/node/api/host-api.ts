// Builds the API every host serves (through dispatch) from the workspace's services: one for Electron, web, CLI, tests.
import { catalog } from '../../../catalog/index.ts';
import { citationResolver } from '../../../catalog/citations.ts';
import type { Api, AppInfo, ImportReportRow } from '../../common/api.ts';
import { AppError } from '../../common/errors.ts';
import { calendarDate } from '../../common/format.ts';
import { renderAdr } from '../../common/adr-markdown/render-adr.ts';
import { renderCombined } from '../../common/adr-markdown/render-index.ts';
import { decisionFileName } from '../../common/adr-markdown/file-name.ts';
import { exportFolder } from '../adr-files/export-folder.ts';
import { importFolder } from '../adr-files/import-folder.ts';
import { writeFileInside } from '../adr-files/safe-write.ts';
import { AnalysisService } from '../analyses/analysis-service.ts';
import { DecisionService } from '../decisions/decision-service.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import { decideFromAnalysis } from './decide-from-analysis.ts';
import { importRows } from './import-rows.ts';
import { workspaceStatus } from './workspace-status.ts';

export interface HostOptions {
  host: AppInfo['host'];
  version: string;
  /** Native folder picker; absent where the host has none (the web host asks for a typed path). */
  chooseFolder?: (purpose: 'export' | 'import') => Promise<string | null>;
  now?: () => Date;
}

export const resolveCitation = citationResolver(catalog);

export function createHostApi(store: WorkspaceStore, opts: HostOptions): Api {
  const decisions = new DecisionService(store, { now: opts.now });
  const analyses = new AnalysisService(store, { now: opts.now });
  const today = () => calendarDate(opts.now?.() ?? new Date());
  const status = () => workspaceStatus(store);

  return {
    appInfo: async () => ({
      version: opts.version,
      host: opts.host,
      workspace: store.dir,
      nativeDialogs: Boolean(opts.chooseFolder),
    }),
    workspaceStatus: async () => status(),
    listBackups: async () => (await store.listBackups()).map((b) => b.name),
    restoreBackup: async (name) => {
      await store.restoreBackup(name);
      return status();
    },
    listDecisions: async () => decisions.list(),
    createDecision: (input) => decisions.create(input),
    updateDecision: (id, patch) => decisions.update(id, patch),
    duplicateDecision: (id) => decisions.duplicate(id),
    deleteDecision: async (id) => ({ undoToken: await decisions.delete(id) }),
    restoreDecision: (token) => decisions.restore(token),
    supersedeDecision: async (oldId, newId) => {
      const { older, newer } = await decisions.supersede(oldId, newId);
      return { superseded: older, by: newer };
    },
    exportDecisions: async (req) => {
      const all = decisions.list();
      if (req.scope === 'folder') return exportFolder(all, req.dir, { format: req.format, resolveCitation });
      const titles = new Map(all.map((d) => [d.number, d.title]));
      const ctx = { resolveCitation, titleOf: (n: number) => titles.get(n) ?? null };
      if (req.scope === 'combined') {
        return { written: [await writeFileInside(req.dir, 'decisions.md', renderCombined(all, ctx))] };
      }
      if (!req.decisionId) throw new AppError('bad-request', 'Choose the decision to export.');
      const one = decisions.get(req.decisionId);
      return {
        written: [
          await writeFileInside(req.dir, decisionFileName(one.number, one.title), renderAdr(one, req.format, ctx)),
        ],
      };
    },
    importDecisions: async ({ dir }) => {
      const parsed = await importFolder(dir, { fallbackDate: today() });
      const report = await decisions.importDecisions(
        parsed.decisions.map((p) => ({
          ...p.record,
          number: p.number,
          ...(p.id ? { id: p.id } : {}),
          ...(p.createdAt ? { createdAt: p.createdAt } : {}),
          ...(p.updatedAt ? { updatedAt: p.updatedAt } : {}),
        })),
      );
      const rows: ImportReportRow[] = importRows(parsed, report);
      return { imported: report.imported, report: rows };
    },
    chooseFolder: async ({ purpose }) => {
      if (!opts.chooseFolder)
        throw new AppError('unavailable', 'This host has no folder picker: type the folder path instead.');
      return opts.chooseFolder(purpose);
    },
    listAnalyses: async () => analyses.list(),
    createAnalysis: (input) => analyses.create(input),
    updateAnalysis: (id, patch) => analyses.update(id, patch),
    deleteAnalysis: async (id) => ({ undoToken: await analyses.delete(id) }),
    restoreAnalysis: (token) => analyses.restore(token),
    decideFromAnalysis: (id) => decideFromAnalysis(id, { store, analyses, decisions }),
  };
}
