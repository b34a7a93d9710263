// Builds the API every host serves (through dispatch) from the folder workspace: one for Electron, web, CLI, tests.
import type { Api, ApiEvents, AppInfo } from '../../common/api.ts';
import { AppError } from '../../common/errors.ts';
import { calendarDate } from '../../common/format.ts';
import { AnalysisService } from '../analyses/analysis-service.ts';
import { JudgeService } from '../analyses/judge-service.ts';
import { RecordService } from '../decisions/record-service.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { diffAgainstHead } from '../git/git-diff.ts';
import { fileHistory } from '../git/git-log.ts';
import { decideFromAnalysis } from './decide-from-analysis.ts';
import { exportProblems } from './export-check.ts';
import { exportDecisions, importDecisions } from './records-transfer.ts';

export interface HostOptions {
  host: AppInfo['host'];
  version: string;
  /** Native folder picker; absent where the host has none (the web host asks for a typed path). */
  chooseFolder?: (purpose: 'export' | 'import') => Promise<string | null>;
  now?: () => Date;
}

export function createHostApi(ws: FolderWorkspace, opts: HostOptions): Api {
  const today = () => calendarDate(opts.now?.() ?? new Date());
  const decisions = new RecordService(ws, today);
  const analyses = new AnalysisService(ws.analyses, opts.now ? { now: opts.now } : {});
  const judges = new JudgeService(ws.judges, analyses, opts.now);
  const known = (id: string) => decisions.known(id);

  return {
    appInfo: async () => ({
      version: opts.version,
      host: opts.host,
      workspace: ws.dir,
      nativeDialogs: Boolean(opts.chooseFolder),
    }),
    workspaceStatus: async () => ws.status(),
    listDecisions: async () => decisions.list(),
    decisionChanges: async (since, options) => decisions.changesSince(since, options?.first),
    getDecision: async (id) => decisions.get(id),
    createDecision: (input) => decisions.create(input),
    updateDecision: (id, patch, baseVersion) => decisions.update(id, patch, baseVersion),
    resolveConflict: (id, { text, diskVersion }) => decisions.resolve(id, text, diskVersion),
    decisionHistory: async (id) =>
      (await fileHistory(ws.dir, known(id)))?.map(({ hash, author, date, subject, path }) => ({
        hash,
        author,
        date,
        subject,
        path,
      })) ?? null,
    decisionDiff: async (id) => diffAgainstHead(ws.dir, known(id)),
    duplicateDecision: (id) => decisions.duplicate(id),
    deleteDecision: async (id) => ({ undoToken: await decisions.delete(id) }),
    restoreDecision: (token) => decisions.restore(token),
    supersedeDecision: (oldId, newId) => decisions.supersede(oldId, newId),
    exportDecisions: async (req) => exportDecisions(await decisions.list(), req),
    exportProblems: (req) => exportProblems(ws, req, today()),
    importDecisions: (req) => importDecisions(ws, decisions, req),
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
    decideFromAnalysis: (id, options) =>
      decideFromAnalysis(id, { analyses, decisions, today, judges: ws.judges }, options),
    listJudges: async (analysisId) => judges.list(analysisId),
    addJudge: (analysisId, { name }) => judges.add(analysisId, name),
    updateJudge: (analysisId, judgeId, patch, baseVersion) => judges.update(analysisId, judgeId, patch, baseVersion),
    removeJudge: async (analysisId, judgeId, baseVersion) => {
      await judges.remove(analysisId, judgeId, baseVersion);
      return { removed: judgeId };
    },
  };
}

/** What the hosts push: the current status at once, then each one that differs from the last. */
export function workspaceEvents(ws: FolderWorkspace): ApiEvents {
  return {
    onWorkspaceStatus(listener) {
      let last = '';
      return ws.subscribe((status) => {
        const key = JSON.stringify(status);
        if (key === last) return;
        last = key;
        listener(status);
      });
    },
  };
}
