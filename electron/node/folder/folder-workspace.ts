// A decision folder opened as the workspace: its record files, its analyses, git information and the status pushed to pages.
import type { WorkspaceStatus } from '../../common/api.ts';
import { isDecisionFileName } from '../../common/adr-file/file-names.ts';
import { StatusBox } from '../store/status-box.ts';
import type { FSWatcher } from 'chokidar';
import { AnalysisFiles } from './analysis-files.ts';
import { FolderStore } from './folder-store.ts';
import { GitInfo } from './git-info.ts';
import { JudgeFiles } from './judge-files.ts';
import { watchJudgeFiles } from './judge-watcher.ts';
import { legacyNotice, migrateLegacyWorkspace, type RenderRecord } from '../legacy/legacy-workspace.ts';

export interface OpenOptions {
  now?: () => Date;
  /** Reload files that git or another editor changes (default true). */
  watch?: boolean;
  /** How a legacy workspace.json's decisions are written as files. */
  renderLegacy: RenderRecord;
}

export class FolderWorkspace {
  readonly records: FolderStore;
  readonly analyses: AnalysisFiles;
  readonly judges: JudgeFiles;
  readonly git: GitInfo;
  readonly #status = new StatusBox({ state: 'saved' });
  #revision = 0;
  #judgesRevision = 0;
  #judgeWatcher: FSWatcher | null = null;
  #notice: string | null = null;

  private constructor(records: FolderStore, analyses: AnalysisFiles, judges: JudgeFiles) {
    this.records = records;
    this.analyses = analyses;
    this.judges = judges;
    this.git = new GitInfo(records.dir);
    // Every save and every change from outside moves the status, which the hosts push to the page.
    records.subscribe(() => this.#publish());
    records.onRecords(() => {
      this.#revision++;
      void this.git.refresh().then(() => this.#publish());
    });
  }

  static async open(dir: string, options: OpenOptions): Promise<FolderWorkspace> {
    const records = await FolderStore.open(dir, {
      isRecordFile: isDecisionFileName,
      watch: options.watch ?? true,
      ...(options.now ? { now: options.now } : {}),
    });
    try {
      const analyses = await AnalysisFiles.open(records.meta.analyses, records.meta.backups);
      const judges = await JudgeFiles.open(records.meta.analyses, records.meta.backups);
      const workspace = new FolderWorkspace(records, analyses, judges);
      if (options.watch ?? true)
        workspace.#judgeWatcher = watchJudgeFiles(
          records.meta.analyses,
          (analysisId, judgeId) =>
            void judges.reload(analysisId, judgeId).then((changed) => changed && workspace.#judgesChanged()),
        );
      const legacy = await migrateLegacyWorkspace(dir, records, analyses, options.renderLegacy, options.now);
      if (legacy) workspace.#notice = legacyNotice(legacy);
      await workspace.git.refresh();
      return workspace;
    } catch (error) {
      await records.close();
      throw error;
    }
  }

  get dir(): string {
    return this.records.dir;
  }

  status(): WorkspaceStatus {
    const s = this.records.status;
    return {
      state: s.state,
      message: s.message ?? null,
      path: this.dir,
      // Sent with every save's status: no pass that sorts all the records.
      unreadable: this.records.unreadable().map((r) => ({ file: r.file, reason: r.unreadable ?? 'unreadable' })),
      revision: this.#revision,
      judgesRevision: this.#judgesRevision,
      notice: this.#notice,
    };
  }

  /** Calls `listener` with the current status now and after every change. */
  subscribe(listener: (status: WorkspaceStatus) => void): () => void {
    return this.#status.subscribe(() => listener(this.status()));
  }

  /**
   * After the app's own writes: git's view of the written files changes too. Asked once the save has been answered:
   * starting git holds this process up while the operating system copies it, which on a large folder took longer
   * than the save itself. The app never commits, so a save moves the files' states only.
   */
  afterWrite(): void {
    setTimeout(() => void this.git.refresh('states').then(() => this.#publish()), 0);
  }

  async close(): Promise<void> {
    await this.#judgeWatcher?.close();
    await this.records.close();
  }

  /** A judge's file arrived, changed or went (git pull): pages reload the judges when the revision moves. */
  #judgesChanged(): void {
    this.#judgesRevision++;
    this.#publish();
  }

  #publish(): void {
    this.#status.set(this.records.status);
  }
}
