// Turns a legacy workspace.json (any schema version the app has written) into record files and analysis files.
import { mkdir, readFile, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { analysisSchema, emptyAnalysis } from '../../common/analysis.ts';
import type { LegacyDecision } from './workspace-document.ts';
import { decodeDocument } from './decode-document.ts';
import { fileTimestamp } from '../folder/record-backups.ts';
import { RecordConflictError } from '../folder/record-conflict.ts';
import { workspaceFileName, workspaceKind } from './workspace-document.ts';
import type { AnalysisFiles } from '../folder/analysis-files.ts';
import type { FolderStore } from '../folder/folder-store.ts';

export interface LegacyReport {
  /** Where workspace.json was kept (in `.tradeoff-atlas/backups/`), or null when it was left in place. */
  keptAs: string | null;
  written: string[];
  analyses: number;
  /** What could not be carried over, in words; nothing listed here was deleted. */
  problems: string[];
  /** Set when workspace.json could not be read at all and was moved aside (to `keptAs`) instead of migrated. */
  unreadable: { reason: string; newestBackup: string | null } | null;
}

/** Renders one legacy decision as a new record file in the folder's dialect. */
export type RenderRecord = (
  decision: LegacyDecision,
  all: readonly LegacyDecision[],
) => { fileName: string; text: string };

/** Migrates `workspace.json` in `dir` if there is one; returns null when there is none. Never deletes anything. */
export async function migrateLegacyWorkspace(
  dir: string,
  records: FolderStore,
  analyses: AnalysisFiles,
  render: RenderRecord,
  now: () => Date = () => new Date(),
): Promise<LegacyReport | null> {
  const path = join(dir, workspaceFileName);
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  const decoded = decodeDocument(text, workspaceKind);
  if (decoded.state === 'newer') {
    // A newer build can still read it: left in place for that build.
    const why = `it was written by a newer version of Tradeoff Atlas (schema ${decoded.version})`;
    return { ...emptyReport(), problems: [`${workspaceFileName} was not migrated: ${why}.`] };
  }
  if (decoded.state === 'unreadable') {
    // Like any unreadable file: moved out of the way, never overwritten, and the newest backup named.
    const backups = records.meta.backups;
    const newestBackup = await newestWorkspaceBackup(backups);
    await mkdir(backups, { recursive: true });
    const keptAs = join(backups, `unreadable-${fileTimestamp(now())}-${workspaceFileName}`);
    await rename(path, keptAs);
    return { ...emptyReport(), keptAs, unreadable: { reason: decoded.reason, newestBackup } };
  }
  const report = emptyReport();
  const fileOfId = new Map<string, string>();
  for (const decision of decoded.doc.decisions) {
    const { fileName, text: recordText } = render(decision, decoded.doc.decisions);
    fileOfId.set(decision.id, fileName);
    const existing = await records.read(fileName);
    // A migration interrupted earlier already wrote this file: the same text is done, a different one is the user's.
    if (existing?.text === recordText) continue;
    try {
      await records.write(fileName, recordText, null);
      report.written.push(fileName);
    } catch (error) {
      if (!(error instanceof RecordConflictError)) throw error;
      report.problems.push(
        `${fileName} already exists with other content; decision ${decision.number} was not written.`,
      );
    }
  }
  for (const raw of decoded.doc.analyses) {
    // Early versions kept analyses loosely; what they lack takes the defaults of a new analysis.
    const title = typeof raw['title'] === 'string' ? raw['title'] : 'Untitled analysis';
    const parsed = analysisSchema.safeParse({ ...emptyAnalysis(raw.id, title, now().toISOString()), ...raw });
    if (!parsed.success) {
      report.problems.push(
        `Analysis ${raw.id} does not match the current format; it stays in the kept ${workspaceFileName}.`,
      );
      continue;
    }
    const decisionId = parsed.data.decisionId;
    await analyses.put({ ...parsed.data, decisionId: decisionId ? (fileOfId.get(decisionId) ?? null) : null });
    report.analyses++;
  }
  if (report.problems.length === 0) {
    const backups = records.meta.backups;
    await mkdir(backups, { recursive: true });
    report.keptAs = join(backups, `legacy-${fileTimestamp(now())}-${workspaceFileName}`);
    await rename(path, report.keptAs);
  }
  return report;
}

function emptyReport(): LegacyReport {
  return { keptAs: null, written: [], analyses: 0, problems: [], unreadable: null };
}

/** The most recent copy of workspace.json in the backups folder (timestamped names sort by time), or null. */
async function newestWorkspaceBackup(backups: string): Promise<string | null> {
  const names = await readdir(backups).catch(() => [] as string[]);
  const copies = names.filter((n) => n.endsWith(`-${workspaceFileName}`) && !n.startsWith('unreadable-'));
  const byTime = copies.sort((a, b) => timestampOf(a).localeCompare(timestampOf(b)));
  return byTime.length ? join(backups, byTime.at(-1)!) : null;
}

/** `legacy-2026-01-02T03-04-05-678Z-workspace.json` → its timestamp, whatever word comes before it. */
const timestampOf = (name: string) => /\d{4}-\d\d-\d\dT[\d-]+Z/.exec(name)?.[0] ?? '';

/** The one-time notice the page shows after opening a folder that had a workspace.json. */
export function legacyNotice(report: LegacyReport): string {
  if (report.unreadable) {
    const restore = report.unreadable.newestBackup
      ? `The newest backup is ${report.unreadable.newestBackup}: to use it, copy it to ${workspaceFileName} in this folder and open the folder again.`
      : 'There is no backup of it; open the kept file in a text editor to recover what it holds.';
    return `${workspaceFileName} could not be read (${report.unreadable.reason}), so it was moved to ${report.keptAs}; nothing was deleted. ${restore}`;
  }
  const done = `Moved ${report.written.length} decision(s) and ${report.analyses} analysis(es) from ${workspaceFileName} into files`;
  if (report.problems.length)
    return `${done}; ${workspaceFileName} was kept in place because: ${report.problems.join(' ')}`;
  return `${done}. The original is kept at ${report.keptAs}.`;
}
