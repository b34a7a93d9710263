// The analysis service: lists, creates, edits and deletes saved tradeoff analyses in the workspace.
import { randomUUID } from 'node:crypto';
import { analysisSchema, emptyAnalysis, type Analysis, type AnalysisPatch } from '../../common/analysis.ts';
import { AppError, invalid } from '../../common/errors.ts';
import type { WorkspaceDocument } from '../store/workspace-document.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';

export interface AnalysisServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

/**
 * Arguments arrive validated by the API's boundary. The store keeps analyses as loose records, so this service checks
 * each record it stores against the whole schema: one that failed it would silently drop out of list().
 */
export class AnalysisService {
  readonly #store: Pick<WorkspaceStore, 'data' | 'update'>;
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #deleted = new Map<string, { analysis: Analysis; index: number }>();

  constructor(store: Pick<WorkspaceStore, 'data' | 'update'>, options: AnalysisServiceOptions = {}) {
    this.#store = store;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
  }

  /** Every analysis that passes the schema; a record that does not (e.g. hand-edited) is left on disk untouched. */
  list(): Analysis[] {
    return this.#store.data.analyses.flatMap((a) => {
      const parsed = analysisSchema.safeParse(a);
      return parsed.success ? [parsed.data] : [];
    });
  }

  get(id: string): Analysis {
    const found = this.list().find((a) => a.id === id);
    if (!found) throw new AppError('not-found', `There is no analysis with id ${id}; it may have been deleted.`);
    return found;
  }

  async create(input: { title: string }): Promise<Analysis> {
    const analysis = emptyAnalysis(this.#newId(), input.title, this.#now().toISOString());
    return this.#store.update((doc) => {
      doc.analyses.push(analysis);
      return analysis;
    });
  }

  async update(id: string, patch: AnalysisPatch): Promise<Analysis> {
    const current = this.get(id);
    const merged = analysisSchema.safeParse({ ...current, ...patch, updatedAt: this.#now().toISOString() });
    if (!merged.success) throw invalid(`Analysis “${current.title}”`, merged.error.issues);
    return this.#store.update((doc) => replaceAnalysis(doc, merged.data));
  }

  async delete(id: string): Promise<string> {
    const analysis = this.get(id);
    const token = this.#newId();
    return this.#store.update((doc) => {
      const index = doc.analyses.findIndex((a) => a.id === id);
      doc.analyses.splice(index, 1);
      this.#deleted.set(token, { analysis, index });
      return token;
    });
  }

  async restore(token: string): Promise<Analysis> {
    const entry = this.#deleted.get(token);
    if (!entry)
      throw new AppError(
        'not-found',
        'Nothing to restore: undo only works for analyses deleted since the workspace was opened.',
      );
    if (this.#store.data.analyses.some((a) => a.id === entry.analysis.id)) {
      this.#deleted.delete(token);
      throw new AppError(
        'conflict',
        `Cannot undo: the analysis “${entry.analysis.title}” is already in the workspace (it came back with a restored backup).`,
      );
    }
    return this.#store.update((doc) => {
      this.#deleted.delete(token);
      doc.analyses.splice(Math.min(entry.index, doc.analyses.length), 0, entry.analysis);
      return entry.analysis;
    });
  }

  /** Records in `doc` which decision an analysis became, for a store update or transaction to save. */
  linkDecision(doc: WorkspaceDocument, id: string, decisionId: string): Analysis {
    return replaceAnalysis(doc, { ...this.get(id), decisionId, updatedAt: this.#now().toISOString() });
  }
}

function replaceAnalysis(doc: WorkspaceDocument, next: Analysis): Analysis {
  doc.analyses[doc.analyses.findIndex((a) => a.id === next.id)] = next;
  return next;
}
