// The analysis service: lists, creates, edits and deletes tradeoff analyses, one file each in `.tradeoff-atlas/`.
import { randomUUID } from 'node:crypto';
import { analysisSchema, emptyAnalysis, type Analysis, type AnalysisPatch } from '../../common/analysis.ts';
import { AppError, invalid } from '../../common/errors.ts';
import type { AnalysisFiles } from '../folder/analysis-files.ts';

export interface AnalysisServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

/** Arguments arrive validated by the API's boundary; what is stored is checked against the whole schema. */
export class AnalysisService {
  readonly #files: AnalysisFiles;
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #deleted = new Map<string, Analysis>();

  constructor(files: AnalysisFiles, options: AnalysisServiceOptions = {}) {
    this.#files = files;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
  }

  list(): Analysis[] {
    return this.#files.list();
  }

  get(id: string): Analysis {
    const found = this.#files.get(id);
    if (!found) throw new AppError('not-found', `There is no analysis with id ${id}; it may have been deleted.`);
    return found;
  }

  create(input: { title: string }): Promise<Analysis> {
    return this.#files.put(emptyAnalysis(this.#newId(), input.title, this.#now().toISOString()));
  }

  async update(id: string, patch: AnalysisPatch): Promise<Analysis> {
    const current = this.get(id);
    const merged = analysisSchema.safeParse({ ...current, ...patch, updatedAt: this.#now().toISOString() });
    if (!merged.success) throw invalid(`Analysis “${current.title}”`, merged.error.issues);
    return this.#files.put(merged.data);
  }

  async delete(id: string): Promise<string> {
    const analysis = this.get(id);
    await this.#files.remove(id);
    const token = this.#newId();
    this.#deleted.set(token, analysis);
    return token;
  }

  async restore(token: string): Promise<Analysis> {
    const analysis = this.#deleted.get(token);
    if (!analysis)
      throw new AppError(
        'not-found',
        'Nothing to restore: undo only works for analyses deleted since the folder was opened.',
      );
    this.#deleted.delete(token);
    if (this.#files.get(analysis.id))
      throw new AppError('conflict', `Cannot undo: the analysis “${analysis.title}” is in the folder again.`);
    return this.#files.put(analysis);
  }

  /** Records which decision (record file) an analysis became. */
  async linkDecision(id: string, decisionId: string | null): Promise<Analysis> {
    return this.#files.put({ ...this.get(id), decisionId, updatedAt: this.#now().toISOString() });
  }
}
