// Each judge of an analysis in a file of their own, `.tradeoff-atlas/analyses/<analysisId>/judges/<judgeId>.json`,
// so two architects rating at once never write the same file and git merges their work without conflicts.
import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, errnoCode } from '../../common/errors.ts';
import { judgeSchema, type Judge, type JudgeEntry } from '../../common/judge.ts';
import { DurableTextFile } from '../store/durable-file.ts';
import { versionOf } from './record-snapshot.ts';

export interface UnreadableJudge {
  file: string;
  reason: string;
}

// Analysis ids are the app's UUIDs and judge ids are slugs; nothing else in a path is ours to read or write.
const safeAnalysisId = /^[A-Za-z0-9_-]{1,64}$/;
const safeJudgeId = /^[a-z0-9][a-z0-9-]{0,63}$/;
const textOf = (judge: Judge) => `${JSON.stringify(judge, null, 2)}\n`;

export class JudgeFiles {
  readonly #root: string;
  readonly #backups: string;
  readonly #held = new Map<string, Map<string, JudgeEntry>>();
  #unreadable: UnreadableJudge[] = [];
  /** Writes run one after another, so a version check and its write are never interleaved with another. */
  #writing: Promise<unknown> = Promise.resolve();

  private constructor(root: string, backups: string) {
    this.#root = root;
    this.#backups = backups;
  }

  /** Reads every judge file under `root` (the analyses folder); a bad file is reported and left untouched. */
  static async open(root: string, backups: string): Promise<JudgeFiles> {
    const files = new JudgeFiles(root, backups);
    const analyses = (await readdir(root, { withFileTypes: true }).catch(() => []))
      .filter((d) => d.isDirectory() && safeAnalysisId.test(d.name))
      .map((d) => d.name);
    for (const analysisId of analyses) {
      const names = await readdir(files.#dir(analysisId)).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith('.json')).sort())
        await files.reload(analysisId, name.slice(0, -5));
    }
    return files;
  }

  /** The analysis's judges, by name. */
  list(analysisId: string): JudgeEntry[] {
    return [...(this.#held.get(analysisId)?.values() ?? [])].sort((a, b) =>
      a.judge.name.localeCompare(b.judge.name, 'en'),
    );
  }

  get(analysisId: string, judgeId: string): JudgeEntry | undefined {
    return this.#held.get(analysisId)?.get(judgeId);
  }

  get unreadable(): readonly UnreadableJudge[] {
    return this.#unreadable;
  }

  /**
   * Writes the judge's file, provided it is still the version the edit was based on (`baseVersion`; null for a
   * judge whose file must not exist yet): a teammate's file pulled in meanwhile is never overwritten.
   */
  put(analysisId: string, judge: Judge, baseVersion: string | null): Promise<JudgeEntry> {
    return this.#serial(async () => {
      const path = this.#path(analysisId, judge.id);
      const disk = await readFile(path, 'utf8').catch((e: unknown) =>
        errnoCode(e) === 'ENOENT' ? null : Promise.reject(e),
      );
      if ((disk === null ? null : versionOf(disk)) !== baseVersion)
        throw new AppError(
          'conflict',
          disk === null
            ? `${judge.name}'s file was removed on disk (a git pull?); the judges were reloaded.`
            : `${judge.name}'s file changed on disk (a git pull or another window); the judges were reloaded, so make the change again.`,
        );
      const text = textOf(judgeSchema.parse(judge));
      await mkdir(this.#dir(analysisId), { recursive: true });
      await new DurableTextFile(path).write(text);
      return this.#hold(analysisId, { judge, version: versionOf(text) });
    });
  }

  /** Moves the judge's file into the backups after the same version check as a write. */
  remove(analysisId: string, judgeId: string, baseVersion: string): Promise<void> {
    return this.#serial(async () => {
      const path = this.#path(analysisId, judgeId);
      const disk = await readFile(path, 'utf8').catch(() => null);
      if (disk === null || versionOf(disk) !== baseVersion)
        throw new AppError('conflict', `The judge's file changed on disk; the judges were reloaded.`);
      await mkdir(this.#backups, { recursive: true });
      await rename(path, join(this.#backups, `${Date.now()}-${analysisId}-${judgeId}.json`));
      this.#held.get(analysisId)?.delete(judgeId);
    });
  }

  /**
   * Reads (again) one judge's file, e.g. after git brought it; a missing file drops the judge. Returns whether what
   * is held changed, so the app's own writes, seen again by the watcher, do not count as news.
   */
  async reload(analysisId: string, judgeId: string): Promise<boolean> {
    if (!safeAnalysisId.test(analysisId) || !safeJudgeId.test(judgeId)) return false;
    const file = `${analysisId}/judges/${judgeId}.json`;
    const before = this.get(analysisId, judgeId)?.version ?? null;
    this.#unreadable = this.#unreadable.filter((u) => u.file !== file);
    const text = await readFile(this.#path(analysisId, judgeId), 'utf8').catch(() => null);
    if (text === null) {
      this.#held.get(analysisId)?.delete(judgeId);
      return before !== null;
    }
    try {
      const judge = judgeSchema.parse(JSON.parse(text));
      if (judge.id !== judgeId) throw new Error('its id does not match its file name');
      this.#hold(analysisId, { judge, version: versionOf(text) });
    } catch (error) {
      this.#held.get(analysisId)?.delete(judgeId);
      this.#unreadable.push({ file, reason: error instanceof Error ? error.message : String(error) });
    }
    return (this.get(analysisId, judgeId)?.version ?? null) !== before;
  }

  #hold(analysisId: string, entry: JudgeEntry): JudgeEntry {
    const judges = this.#held.get(analysisId) ?? new Map<string, JudgeEntry>();
    judges.set(entry.judge.id, entry);
    this.#held.set(analysisId, judges);
    return entry;
  }

  #dir(analysisId: string): string {
    if (!safeAnalysisId.test(analysisId)) throw new Error(`"${analysisId}" cannot name an analysis folder.`);
    return join(this.#root, analysisId, 'judges');
  }

  #path(analysisId: string, judgeId: string): string {
    if (!safeJudgeId.test(judgeId)) throw new Error(`"${judgeId}" cannot name a judge's file.`);
    return join(this.#dir(analysisId), `${judgeId}.json`);
  }

  #serial<T>(run: () => Promise<T>): Promise<T> {
    const next = this.#writing.then(run, run);
    this.#writing = next.catch(() => undefined);
    return next;
  }
}
