// The decision service: lists, edits, numbers, links and imports decisions, persisting each change through the store.
import { randomUUID } from 'node:crypto';
import {
  emptyDecision,
  limits,
  type Decision,
  type DecisionPatch,
  type DecisionStatus,
} from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';
import { calendarDate } from '../../common/format.ts';
import type { WorkspaceDocument } from '../store/workspace-document.ts';
import type { WorkspaceStore } from '../store/workspace-store.ts';
import { planImport, type ImportReport } from './decision-import.ts';
import { assertChosenOption, decisionContent } from './decision-patch.ts';
import { matchesFilter, type DecisionFilter } from './decision-filter.ts';
import { assertTransition } from './status-transitions.ts';
import { assertCanSupersede, linkSupersede } from './supersede-links.ts';

export interface DecisionServiceOptions {
  now?: () => Date;
  newId?: () => string;
}

/**
 * Arguments arrive validated by the API's boundary (electron/node/api/dispatch.ts); this service checks the rules
 * that depend on what the workspace holds. Results are the store's own records: read them, and change them only
 * through this service so every change is checked and saved. Deleted records wait in memory for restore() until the
 * workspace is closed; their numbers stay taken, and links to them are left as they are, so a
 * restore makes the log whole again and a dangling number never points at another record.
 */
/**
 * Stored records are replaced, never changed in place: the workspace serialiser reuses each unchanged record's JSON,
 * and freezes what it has serialised, so an in-place change would throw rather than be silently lost.
 */
function replaceRecord(list: Decision[], current: Decision, next: Decision): Decision {
  list[list.indexOf(current)] = next;
  return next;
}

export class DecisionService {
  readonly #store: Pick<WorkspaceStore, 'data' | 'update'>;
  readonly #now: () => Date;
  readonly #newId: () => string;
  readonly #deleted = new Map<string, Decision>();

  constructor(store: Pick<WorkspaceStore, 'data' | 'update'>, options: DecisionServiceOptions = {}) {
    this.#store = store;
    this.#now = options.now ?? (() => new Date());
    this.#newId = options.newId ?? randomUUID;
  }

  /** Decisions matching every given filter, by number. */
  list(filter: DecisionFilter = {}): Decision[] {
    return this.#store.data.decisions.filter((d) => matchesFilter(d, filter)).sort((a, b) => a.number - b.number);
  }

  get(id: string): Decision {
    const found = this.#store.data.decisions.find((d) => d.id === id);
    if (!found) throw new AppError('not-found', `There is no decision with id ${id}; it may have been deleted.`);
    return found;
  }

  async create(input: { title: string }): Promise<Decision> {
    return this.#store.update((doc) => this.add(doc, input.title));
  }

  /**
   * Adds a proposed decision to `doc` under the next number, for a store update or transaction to save; `fill`
   * turns the empty record into the one to store, keeping its id, number and dates.
   */
  add(doc: WorkspaceDocument, title: string, fill: (fresh: Decision) => Decision = (fresh) => fresh): Decision {
    const decision = fill(emptyDecision(this.#newId(), doc.nextDecisionNumber++, title, this.#today(), this.#stamp()));
    doc.decisions.push(decision);
    return decision;
  }

  async update(id: string, patch: DecisionPatch): Promise<Decision> {
    const current = this.get(id);
    if (patch.status !== undefined && patch.status !== current.status) this.#checkStatus(current, patch.status);
    const merged = { ...current, ...patch, updatedAt: this.#stamp() };
    assertChosenOption(merged);
    return this.#store.update((doc) => replaceRecord(doc.decisions, current, merged));
  }

  async setStatus(id: string, status: DecisionStatus): Promise<Decision> {
    return this.update(id, { status });
  }

  async duplicate(id: string): Promise<Decision> {
    const source = this.get(id);
    const title = `Copy of ${source.title}`.slice(0, limits.title);
    return this.#store.update((doc) =>
      this.add(doc, title, (fresh) => ({ ...fresh, ...structuredClone(decisionContent(source)) })),
    );
  }

  /** Removes a decision; the token undoes it with restore() while the workspace stays open. */
  async delete(id: string): Promise<string> {
    const decision = this.get(id);
    const token = this.#newId();
    return this.#store.update((doc) => {
      doc.decisions.splice(doc.decisions.indexOf(decision), 1);
      this.#deleted.set(token, decision);
      return token;
    });
  }

  /** Puts a deleted decision back with its id and number. */
  async restore(token: string): Promise<Decision> {
    const decision = this.#deleted.get(token);
    if (!decision)
      throw new AppError(
        'not-found',
        'Nothing to restore: undo only works for decisions deleted since the workspace was opened.',
      );
    // A backup restored since the delete may hold the record (or its number) again: two copies would corrupt the file.
    const clash = this.#store.data.decisions.find((d) => d.id === decision.id || d.number === decision.number);
    if (clash) {
      this.#deleted.delete(token);
      throw new AppError(
        'conflict',
        `Cannot undo: decision ${clash.number} “${clash.title}” is already in the workspace (it came back with a restored backup).`,
      );
    }
    return this.#store.update((doc) => {
      this.#deleted.delete(token);
      doc.nextDecisionNumber = Math.max(doc.nextDecisionNumber, decision.number + 1);
      const at = doc.decisions.findIndex((d) => d.number > decision.number);
      doc.decisions.splice(at === -1 ? doc.decisions.length : at, 0, decision);
      return decision;
    });
  }

  /** Records that `newerId` replaces `olderId`, on both records. */
  async supersede(olderId: string, newerId: string): Promise<{ older: Decision; newer: Decision }> {
    const older = this.get(olderId);
    const newer = this.get(newerId);
    if (older.supersededBy === newer.number) return { older, newer };
    assertCanSupersede(this.#store.data.decisions, older, newer);
    return this.#store.update((doc) => {
      const linked = linkSupersede(older, newer, this.#stamp());
      return {
        older: replaceRecord(doc.decisions, older, linked.older),
        newer: replaceRecord(doc.decisions, newer, linked.newer),
      };
    });
  }

  /** Adds parsed records (e.g. from Markdown), keeping their numbers where free and reporting the rest. */
  async importDecisions(items: readonly unknown[]): Promise<ImportReport> {
    const doc = this.#store.data;
    const deleted = [...this.#deleted.values()];
    const plan = planImport(items, {
      takenNumbers: new Set([...doc.decisions, ...deleted].map((d) => d.number)),
      takenIds: new Set([...doc.decisions, ...deleted].map((d) => d.id)),
      nextNumber: doc.nextDecisionNumber,
      today: this.#today(),
      now: this.#stamp(),
      newId: this.#newId,
    });
    const { nextNumber, ...report } = plan;
    if (report.imported.length === 0) return report;
    return this.#store.update((d) => {
      d.decisions.push(...report.imported);
      d.decisions.sort((a, b) => a.number - b.number);
      d.nextDecisionNumber = nextNumber;
      return report;
    });
  }

  #checkStatus(current: Decision, to: DecisionStatus): void {
    if (to === 'superseded') {
      throw new AppError(
        'bad-request',
        `Decision ${current.number} cannot be marked superseded directly: use supersede to say which decision replaces it.`,
      );
    }
    assertTransition(current.number, current.status, to);
  }

  #stamp(): string {
    return this.#now().toISOString();
  }

  #today(): string {
    return calendarDate(this.#now());
  }
}
