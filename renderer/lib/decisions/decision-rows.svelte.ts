// The decision list as the page holds it: every record's row (its summary) in list order, kept record by record from
// the host's reads and the app's own saves, with the filter index following each row put or forgotten. What is done
// to one record (open, edit, save, delete…) is DecisionsState's, which builds on this.
import type { DecisionChanges, ListPosition } from '../../../electron/common/api.ts';
import type { DecisionSummary } from '../../../electron/common/decision-summary.ts';
import type { DecisionPatch } from '../../../electron/common/decision.ts';
import { recordName } from './decision-labels.ts';
import { DecisionFilterIndex } from './decision-filter-index.ts';
import { compareDecisions } from '../../../electron/common/decision-order.ts';
import { afterNextPaint } from '../after-paint.ts';
import { firstScreenRows } from './first-screen.ts';
import { FilterChoices, type FilterChoicesView } from './filter-choices.ts';
import { mergeReload } from './merge-reload.ts';
import { positionOf, withNumber } from './list-position.ts';
import { rowWithEdits } from './with-edits.ts';

export const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The host's rows since a position; `first` asks a complete answer for its first rows only. */
export type ListChanges = (since: ListPosition | null, options?: { first: number }) => Promise<DecisionChanges>;

/** How the list reads what changed, and when. */
export interface ListReads {
  changes: ListChanges;
  /** The first screen's answer, already asked for by the page's entry script: taken by the first load. */
  firstScreen?: Promise<DecisionChanges> | undefined;
  /** Resolves once what the first screen's answer put on the page is painted: the rest of a large list waits for it. */
  painted?: (() => Promise<void>) | undefined;
}

export abstract class DecisionRows {
  /** Every record as its list row shows it, in list order; replaced (never mutated) so lists see each change. */
  list = $state.raw<DecisionSummary[]>([]);
  /** The list's text filter and the search box's decisions, kept up to date with each record put or forgotten. */
  readonly filterIndex = new DecisionFilterIndex();
  readonly #choices = new FilterChoices();
  /** What the filter menus offer, recounted row by row as rows are put or forgotten. */
  filterChoices = $state.raw<FilterChoicesView>(this.#choices.view());
  /** The list's rows by id, kept row by row: the list is what is reactive, this is how it is looked up. */
  // Not a SvelteMap: a signal per record would cost 20,000 of them, and byId reads the list to be reactive instead.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  readonly #byId = new Map<string, DecisionSummary>();
  loaded = $state(false);
  /** While only the first screen of a large list is in, how many records the whole list holds; null otherwise. */
  partialTotal = $state<number | null>(null);
  loadError = $state<string | null>(null);
  /** Records that vanished from the folder (git, another editor) since the app read them, by id, with their names. */
  deletedOnDisk = $state<Record<string, string>>({});
  readonly #changes: ListChanges;
  readonly #painted: () => Promise<void>;
  #earlyFirstScreen: Promise<DecisionChanges> | undefined;
  /** The host's revision of the list last read: the next read brings only what changed after it. */
  #position: ListPosition | null = null;

  constructor({ changes, firstScreen, painted }: ListReads) {
    this.#changes = changes;
    this.#earlyFirstScreen = firstScreen;
    this.#painted = painted ?? afterNextPaint;
  }

  /** The edits of a record not yet saved, which a fresh read of its file must not undo. */
  protected abstract pendingEdits(id: string): DecisionPatch | undefined;
  /** A record is gone: its edits waiting to be saved go with it. */
  protected abstract dropEdits(id: string): void;

  byId(id: string): DecisionSummary | undefined {
    // Read so that an effect or a derived asking follows the list, as it would had it searched the list itself.
    void this.list;
    return this.#byId.get(id);
  }

  /** The first `limit` records matching every word of `query`, for the search box and the palette. */
  search(query: string, limit: number): DecisionSummary[] {
    return this.filterIndex.search(this.list, query, limit);
  }

  byNumber(number: number): DecisionSummary | undefined {
    return withNumber(this.list, number);
  }

  /**
   * Reads the rows changed since the last read (all of them the first time, or after the host restarted); only those
   * touch the list and the index. Records with unsaved edits keep them (their next save meets the file); the open
   * record is fetched again when its file changed.
   */
  async load(): Promise<void> {
    try {
      if (this.#position === null && this.list.length === 0) {
        if (await this.#firstScreen()) return;
        // Reading and indexing 20,000 rows holds the page for a few hundred milliseconds: not before they show.
        await this.#painted();
      }
      const changes = await this.#changes(this.#position);
      if (changes.complete) this.#replaceAll(changes.changed);
      else this.#apply(changes);
      this.#position = { session: changes.session, revision: changes.revision };
      this.partialTotal = null;
      this.loadError = null;
    } catch (e) {
      this.loadError = messageOf(e);
    } finally {
      this.loaded = true;
    }
  }

  /** How many records the list holds, counting those of a large list still on their way. */
  get total(): number {
    return this.partialTotal ?? this.list.length;
  }

  /**
   * A page's first read: the first screen of rows and the count, shown at once, before the whole list (20,000 rows
   * took a second and more to send and read). True when that answer was the whole list already.
   */
  async #firstScreen(): Promise<boolean> {
    const early = this.#earlyFirstScreen;
    this.#earlyFirstScreen = undefined;
    const head = await (early ?? this.#changes(null, { first: firstScreenRows }));
    // The menus' choices wait for the first frame: sorting them in the user's locale loads ICU's collation data, 20 to
    // 30 ms of a fresh page's start, and a closed menu shows none of them.
    this.#replaceAll(head.changed, false);
    void this.#painted().then(() => (this.filterChoices = this.#choices.view()));
    if (head.changed.length === head.total) {
      this.#position = { session: head.session, revision: head.revision };
      this.loadError = null;
      this.loaded = true;
      return true;
    }
    this.partialTotal = head.total;
    this.loaded = true;
    return false;
  }

  #replaceAll(rows: readonly DecisionSummary[], menusNow = true): void {
    const { list, gone } = mergeReload(this.list, rows, (id) => this.pendingEdits(id));
    for (const d of gone) this.#forget(d, recordName(d));
    const vanished = Object.keys(this.deletedOnDisk).length > 0;
    for (const d of list) {
      if (vanished) delete this.deletedOnDisk[d.id];
      const old = this.#byId.get(d.id);
      if (old !== d) {
        this.filterIndex.put(d);
        if (old) this.#choices.remove(old);
        this.#choices.add(d);
        this.#byId.set(d.id, d);
      }
    }
    this.list = list;
    if (menusNow) this.filterChoices = this.#choices.view();
    this.filterIndex.prepare(list);
  }

  /** Record by record; a record deleted on disk stays while edits of its own wait (saving them meets the conflict view). */
  #apply({ changed, removed }: DecisionChanges): void {
    for (const id of removed) {
      const row = this.byId(id);
      if (row && !this.pendingEdits(id)) this.forgetRow(id, recordName(row));
    }
    for (const row of changed) {
      const edits = this.pendingEdits(row.id);
      this.putRow(edits ? rowWithEdits(row, edits) : row);
    }
  }

  /**
   * One row added or replaced, in list order, and in the index: found and placed by binary search, so saving one
   * record costs one record's work (and a copy of the list's references, which is what tells the lists it changed).
   */
  protected putRow(row: DecisionSummary): void {
    const old = this.#byId.get(row.id);
    if (old) this.#choices.remove(old);
    this.#choices.add(row);
    this.filterChoices = this.#choices.view();
    if (old && compareDecisions(old, row) === 0) this.list = this.list.with(positionOf(this.list, old), row);
    else {
      const rest = old ? this.list.toSpliced(positionOf(this.list, old), 1) : this.list;
      this.list = rest.toSpliced(positionOf(rest, row), 0, row);
    }
    this.#byId.set(row.id, row);
    this.filterIndex.put(row);
    delete this.deletedOnDisk[row.id];
  }

  /** Takes a record off the list and the index; `name` records that it vanished from the folder. */
  protected forgetRow(id: string, name?: string): void {
    const row = this.#byId.get(id);
    if (row) {
      this.list = this.list.toSpliced(positionOf(this.list, row), 1);
      this.#forget(row);
    } else this.dropEdits(id);
    if (name !== undefined) this.deletedOnDisk[id] = name;
  }

  /** Everything kept about a row but the list itself, which the caller changes once for all it forgets. */
  #forget(row: DecisionSummary, name?: string): void {
    this.#choices.remove(row);
    this.filterChoices = this.#choices.view();
    this.#byId.delete(row.id);
    this.dropEdits(row.id);
    this.filterIndex.remove(row.id);
    if (name !== undefined) this.deletedOnDisk[row.id] = name;
  }
}
