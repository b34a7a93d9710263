// The one typed contract between the renderer and the hosts: each operation's argument schema, result and events.
import { z } from 'zod';
import { analysisObjectSchema, analysisPatchSchema, type Analysis } from './analysis.ts';
import { apiOps, type ApiOp } from './api-ops.ts';
import { decisionPatchSchema, decisionSchema, type Decision } from './decision.ts';

const id = z.string().min(1).max(64);
const folderPath = z.string().trim().min(1, 'choose a folder').max(4096);

export const exportFormats = ['madr', 'adr-tools', 'log4brains'] as const;
export const exportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormat>;

export const exportRequestSchema = z.object({
  format: exportFormat,
  /** "folder": NNNN-slug.md files plus an index; "combined": one document; "one": a single decision. */
  scope: z.enum(['folder', 'combined', 'one']),
  decisionId: id.optional(),
  dir: folderPath,
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

export type SaveState = 'saved' | 'saving' | 'read-only' | 'error';

export interface WorkspaceStatus {
  state: SaveState;
  /** What happened and what to do, when the state is not "saved". */
  message: string | null;
  path: string;
  /** Set when the workspace file could not be read and was moved aside. */
  recovered: { movedTo: string; newestBackup: string | null } | null;
}

export interface AppInfo {
  version: string;
  host: 'electron' | 'web';
  workspace: string;
  /** Whether the host can show native folder pickers (the web host asks for a typed path instead). */
  nativeDialogs: boolean;
}

export interface ImportReportRow {
  file: string;
  status: 'imported' | 'skipped' | 'warning';
  message: string;
}

export interface ImportResult {
  imported: Decision[];
  report: ImportReportRow[];
}

export const apiArgs = {
  appInfo: z.tuple([]),
  workspaceStatus: z.tuple([]),
  listBackups: z.tuple([]),
  restoreBackup: z.tuple([z.string().min(1).max(255)]),
  listDecisions: z.tuple([]),
  createDecision: z.tuple([z.object({ title: decisionSchema.shape.title })]),
  updateDecision: z.tuple([id, decisionPatchSchema]),
  duplicateDecision: z.tuple([id]),
  deleteDecision: z.tuple([id]),
  restoreDecision: z.tuple([z.string().min(1).max(128)]),
  supersedeDecision: z.tuple([id, id]),
  exportDecisions: z.tuple([exportRequestSchema]),
  importDecisions: z.tuple([z.object({ dir: folderPath })]),
  chooseFolder: z.tuple([z.object({ purpose: z.enum(['export', 'import']) })]),
  listAnalyses: z.tuple([]),
  createAnalysis: z.tuple([z.object({ title: analysisObjectSchema.shape.title })]),
  // Strict (decisionPatchSchema is strict itself): a field the patch does not know is refused, not silently dropped.
  updateAnalysis: z.tuple([id, analysisPatchSchema.strict()]),
  deleteAnalysis: z.tuple([id]),
  restoreAnalysis: z.tuple([z.string().min(1).max(128)]),
  /** Turns an analysis into a proposed decision that links back to it. */
  decideFromAnalysis: z.tuple([id]),
} satisfies Record<ApiOp, z.ZodTuple>;

export { apiOps, type ApiOp };

export interface ApiResults {
  appInfo: AppInfo;
  workspaceStatus: WorkspaceStatus;
  listBackups: string[];
  restoreBackup: WorkspaceStatus;
  listDecisions: Decision[];
  createDecision: Decision;
  updateDecision: Decision;
  duplicateDecision: Decision;
  deleteDecision: { undoToken: string };
  restoreDecision: Decision;
  supersedeDecision: { superseded: Decision; by: Decision };
  exportDecisions: { written: string[] };
  importDecisions: ImportResult;
  /** null when the user cancelled. */
  chooseFolder: string | null;
  listAnalyses: Analysis[];
  createAnalysis: Analysis;
  updateAnalysis: Analysis;
  deleteAnalysis: { undoToken: string };
  restoreAnalysis: Analysis;
  decideFromAnalysis: { decision: Decision; analysis: Analysis };
}

export type ApiArgs<K extends ApiOp> = z.infer<(typeof apiArgs)[K]>;
export type Api = { [K in ApiOp]: (...args: ApiArgs<K>) => Promise<ApiResults[K]> };

/** What every host pushes to the page as it happens, besides answering calls. */
export interface ApiEvents {
  /** Calls `listener` with each change of the workspace's status (a host may send the current one first); returns the function that stops it. */
  onWorkspaceStatus(listener: (status: WorkspaceStatus) => void): () => void;
}
