// The one typed contract between the renderer and the hosts: each operation's argument schema, result and events.
import { z } from 'zod';
import { analysisObjectSchema, analysisPatchSchema, type Analysis } from './analysis.ts';
import { apiOps, type ApiOp } from './api-ops.ts';
import { decisionPatchSchema, decisionTitle } from './decision-schema.ts';
import type { Decision } from './decision.ts';
import type { DecisionSummary } from './decision-summary.ts';
import { judgeId, judgeName, judgePatchSchema, type JudgeEntry } from './judge.ts';

const id = z.string().min(1).max(64);
/** A record's id is its file name in the workspace folder. */
const recordId = z.string().min(1).max(255);
const version = z.string().max(64);
const folderPath = z.string().trim().min(1, 'choose a folder').max(4096);

export const exportFormats = ['madr', 'adr-tools', 'log4brains'] as const;
export const exportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof exportFormat>;

export const exportRequestSchema = z.object({
  format: exportFormat,
  /** "folder": NNNN-slug.md files plus an index; "combined": one document; "one": a single decision. */
  scope: z.enum(['folder', 'combined', 'one']),
  decisionId: z.string().min(1).max(255).optional(),
  dir: folderPath,
});
export type ExportRequest = z.infer<typeof exportRequestSchema>;

/** The records an export would write: all of them, or the one named. */
export const exportCheckSchema = exportRequestSchema.pick({ scope: true, decisionId: true });
export type ExportCheckRequest = z.infer<typeof exportCheckSchema>;

/** One thing lint would flag in a record about to be exported. */
export interface ExportProblem {
  /** The record's file name, which is its id. */
  id: string;
  /** 1-based line in the record's file. */
  line: number;
  rule: string;
  message: string;
}

export type SaveState = 'saved' | 'saving' | 'read-only' | 'error';

export interface WorkspaceStatus {
  state: SaveState;
  /** What happened and what to do, when the state is not "saved". */
  message: string | null;
  path: string;
  /** Record files that could not be read (binary, not UTF-8, too large): listed, never overwritten. */
  unreadable: { file: string; reason: string }[];
  /** Counts changes to record files made outside the app (git pull, another editor); the list reloads when it moves. */
  revision: number;
  /** Counts judge files changed outside the app (a teammate's ratings arriving by git pull); judges reload when it moves. */
  judgesRevision: number;
  /** Something the user should know once, e.g. what opening a legacy workspace.json did. */
  notice: string | null;
}

/** Where the edit was based on an older version of the file than the one on disk now. */
export interface DecisionConflict {
  id: string;
  /** The file as the edit would have written it (the old version with the edit applied). */
  mine: string;
  /** The file on disk now, or null when it was deleted. */
  disk: string | null;
  diskVersion: string | null;
  /** The edit applied to the disk version: other fields as they are on disk, the edited fields as edited. */
  merged: string | null;
}

export type DecisionSave = { decision: Decision; conflict: null } | { decision: null; conflict: DecisionConflict };

export interface DecisionHistoryEntry {
  hash: string;
  author: string;
  date: string;
  subject: string;
  /** The file's path at that commit, relative to the workspace folder. */
  path: string;
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
  /** imported: copied as it is; renumbered: its number was taken, so it got the next free one. */
  status: 'imported' | 'renumbered' | 'skipped' | 'warning';
  message: string;
  /** The file name it has (or would have) in the workspace. */
  target: string | null;
}

/** Where a page's list stands: the host's session (new after each start) and the last revision it read. */
export const listPosition = z.object({ session: z.string().max(64), revision: z.number().int().nonnegative() });
export type ListPosition = z.infer<typeof listPosition>;

export interface DecisionChanges extends ListPosition {
  /** Every record is in `changed`: the page's position was from another session (or none), so it starts afresh. */
  complete: boolean;
  /** Rows added or changed since the position given, in list order. */
  changed: DecisionSummary[];
  /** Ids of records gone since the position given. */
  removed: string[];
  /** How many records the list holds: more than `changed` when a complete answer was cut to its first rows. */
  total: number;
}

export interface ImportResult {
  imported: Decision[];
  report: ImportReportRow[];
  /** A dry run writes nothing and reports what would happen. */
  dryRun: boolean;
}

export const apiArgs = {
  appInfo: z.tuple([]),
  workspaceStatus: z.tuple([]),
  listDecisions: z.tuple([]),
  /** What lists show of the records changed since the page's last read; a body comes with getDecision when opened. */
  /** `first`: only that many rows of a complete answer, in list order (a page shows its first screen while the rest comes). */
  decisionChanges: z.tuple([
    listPosition.nullable(),
    // Nullish: an argument left undefined arrives as null through JSON.
    z.strictObject({ first: z.number().int().min(1).max(1000) }).nullish(),
  ]),
  getDecision: z.tuple([recordId]),
  createDecision: z.tuple([z.object({ title: decisionTitle })]),
  /** The patch and the version of the file it was based on. */
  updateDecision: z.tuple([recordId, decisionPatchSchema, version]),
  /** Writes the chosen text over the disk version named, after a conflict. */
  resolveConflict: z.tuple([recordId, z.object({ text: z.string().max(4_000_000), diskVersion: version.nullable() })]),
  decisionHistory: z.tuple([recordId]),
  decisionDiff: z.tuple([recordId]),
  duplicateDecision: z.tuple([recordId]),
  deleteDecision: z.tuple([recordId]),
  restoreDecision: z.tuple([z.string().min(1).max(128)]),
  supersedeDecision: z.tuple([recordId, recordId]),
  exportDecisions: z.tuple([exportRequestSchema]),
  /** What lint would flag in the records an export would write; writes nothing. */
  exportProblems: z.tuple([exportCheckSchema]),
  importDecisions: z.tuple([z.object({ dir: folderPath, dryRun: z.boolean().optional() })]),
  chooseFolder: z.tuple([z.object({ purpose: z.enum(['export', 'import']) })]),
  listAnalyses: z.tuple([]),
  createAnalysis: z.tuple([z.object({ title: analysisObjectSchema.shape.title })]),
  // Strict (decisionPatchSchema is strict itself): a field the patch does not know is refused, not silently dropped.
  updateAnalysis: z.tuple([id, analysisPatchSchema.strict()]),
  deleteAnalysis: z.tuple([id]),
  restoreAnalysis: z.tuple([z.string().min(1).max(128)]),
  /** Turns an analysis into a proposed decision that links back to it; inconsistent AHP weights need acceptInconsistent. */
  decideFromAnalysis: z.tuple([id, z.strictObject({ acceptInconsistent: z.boolean().optional() }).optional()]),
  /** Each judge of an analysis, with the version of their file that an edit must be based on. */
  listJudges: z.tuple([id]),
  addJudge: z.tuple([id, z.object({ name: judgeName })]),
  updateJudge: z.tuple([id, judgeId, judgePatchSchema, version]),
  removeJudge: z.tuple([id, judgeId, version]),
} satisfies Record<ApiOp, z.ZodTuple>;

export { apiOps, type ApiOp };

export interface ApiResults {
  appInfo: AppInfo;
  workspaceStatus: WorkspaceStatus;
  listDecisions: Decision[];
  decisionChanges: DecisionChanges;
  getDecision: Decision;
  createDecision: Decision;
  updateDecision: DecisionSave;
  resolveConflict: Decision;
  /** null where the folder is not in a git work tree or git is not installed. */
  decisionHistory: DecisionHistoryEntry[] | null;
  decisionDiff: string | null;
  duplicateDecision: Decision;
  deleteDecision: { undoToken: string };
  restoreDecision: Decision;
  supersedeDecision: { superseded: Decision; by: Decision };
  exportDecisions: { written: string[] };
  exportProblems: ExportProblem[];
  importDecisions: ImportResult;
  /** null when the user cancelled. */
  chooseFolder: string | null;
  listAnalyses: Analysis[];
  createAnalysis: Analysis;
  updateAnalysis: Analysis;
  deleteAnalysis: { undoToken: string };
  restoreAnalysis: Analysis;
  decideFromAnalysis: { decision: Decision; analysis: Analysis };
  listJudges: JudgeEntry[];
  addJudge: JudgeEntry;
  updateJudge: JudgeEntry;
  removeJudge: { removed: string };
}

export type ApiArgs<K extends ApiOp> = z.infer<(typeof apiArgs)[K]>;
export type Api = { [K in ApiOp]: (...args: ApiArgs<K>) => Promise<ApiResults[K]> };

/** What every host pushes to the page as it happens, besides answering calls. */
export interface ApiEvents {
  /** Calls `listener` with each change of the workspace's status (a host may send the current one first); returns the function that stops it. */
  onWorkspaceStatus(listener: (status: WorkspaceStatus) => void): () => void;
}
