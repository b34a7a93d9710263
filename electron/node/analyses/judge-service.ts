// The judges of an analysis: added, edited and removed one file each, every write checked against the version it was based on.
import { judgeIdFor, judgeSchema, type JudgeEntry, type JudgePatch } from '../../common/judge.ts';
import { AppError, invalid } from '../../common/errors.ts';
import type { JudgeFiles } from '../folder/judge-files.ts';
import type { AnalysisService } from './analysis-service.ts';

/** Arguments arrive validated by the API's boundary; what is stored is checked against the whole judge schema. */
export class JudgeService {
  readonly #files: JudgeFiles;
  readonly #analyses: AnalysisService;
  readonly #now: () => Date;

  constructor(files: JudgeFiles, analyses: AnalysisService, now: () => Date = () => new Date()) {
    this.#files = files;
    this.#analyses = analyses;
    this.#now = now;
  }

  list(analysisId: string): JudgeEntry[] {
    this.#analyses.get(analysisId);
    return this.#files.list(analysisId);
  }

  /**
   * A new judge starts from the analysis's shared ratings, so the group can be scored at once and each judge changes
   * what they see differently; their file is named after them, so git shows whose ratings changed.
   */
  async add(analysisId: string, name: string): Promise<JudgeEntry> {
    const analysis = this.#analyses.get(analysisId);
    const taken = new Set(this.#files.list(analysisId).map((e) => e.judge.id));
    const judge = judgeSchema.parse({
      id: judgeIdFor(name, taken),
      name,
      weight: 1,
      ratings: analysis.ratings,
      ahp: null,
      updatedAt: this.#now().toISOString(),
    });
    return this.#files.put(analysisId, judge, null);
  }

  async update(analysisId: string, judgeId: string, patch: JudgePatch, baseVersion: string): Promise<JudgeEntry> {
    const current = this.#get(analysisId, judgeId);
    const merged = judgeSchema.safeParse({ ...current.judge, ...patch, updatedAt: this.#now().toISOString() });
    if (!merged.success) throw invalid(`Judge “${current.judge.name}”`, merged.error.issues);
    return this.#files.put(analysisId, merged.data, baseVersion);
  }

  async remove(analysisId: string, judgeId: string, baseVersion: string): Promise<void> {
    this.#get(analysisId, judgeId);
    return this.#files.remove(analysisId, judgeId, baseVersion);
  }

  #get(analysisId: string, judgeId: string): JudgeEntry {
    this.#analyses.get(analysisId);
    const found = this.#files.get(analysisId, judgeId);
    if (!found) throw new AppError('not-found', `This analysis has no judge “${judgeId}”; they may have been removed.`);
    return found;
  }
}
