// A test double of the host's decision API over an in-memory folder: versions, conflicts, deletes and changes on disk.
import type {
  DecisionChanges,
  DecisionConflict,
  DecisionSave,
  ImportResult,
  ListPosition,
} from '../../../electron/common/api.ts';
import { summaryOf } from '../../../electron/common/decision-summary.ts';
import { emptyDecision, type Decision, type DecisionPatch } from '../../../electron/common/decision.ts';
import { withEdits } from './with-edits.ts';

const clone = <T>(x: T): T => structuredClone(x);
const fileOf = (d: Decision) => `# ${d.title}\n\n${d.status ?? ''}\n\n${d.context}\n\n${d.consequences}\n`;

export function fakeFolderApi() {
  const disk = new Map<string, Decision>();
  const deleted = new Map<string, Decision>();
  /** Every text the fake wrote or offered, so a text chosen in the conflict view reads back as a record. */
  const texts = new Map<string, Decision>();
  let next = 1;
  /** Versions count up across the folder, so a version's number is also the revision at which it was written. */
  let versions = 0;
  const removedAt = new Map<string, number>();
  const revisionOf = (d: Decision) => Number(d.version.slice(1));
  const removeFile = (id: string) => disk.delete(id) && removedAt.set(id, ++versions);

  /** Stores a record as a new file version. */
  const store = (d: Decision): Decision => {
    const markdown = fileOf(d);
    const stored = { ...clone(d), markdown, version: `v${++versions}` };
    texts.set(markdown, stored);
    disk.set(d.id, stored);
    removedAt.delete(d.id);
    return clone(stored);
  };
  const text = (d: Decision) => {
    texts.set(fileOf(d), d);
    return fileOf(d);
  };
  /** What each version was, so a conflict can show the edit applied to the version it was based on. */
  const history = new Map<string, Decision>();
  const remember = (d: Decision) => (history.set(d.version, clone(d)), d);

  const api = {
    failNext: null as string | null,
    updates: [] as [string, DecisionPatch, string][],
    check() {
      const message = api.failNext;
      api.failNext = null;
      if (message) throw new Error(message);
    },
    disk: (id: string) => disk.get(id),
    /** A change made by git or another editor. */
    writeOnDisk: (d: Decision) => remember(store(d)),
    deleteOnDisk: (id: string) => removeFile(id),
    /** A new session is what a restarted host would give: the next read is complete. */
    session: 'fake-1',
    /** How many rows the reads sent, so tests can tell a read of changes from a read of everything. */
    rowsSent: 0,
    decisionChanges: async (
      since: ListPosition | null,
      options?: { first: number } | null,
    ): Promise<DecisionChanges> => {
      const complete = since?.session !== api.session;
      const after = complete ? 0 : since.revision;
      const all = [...disk.values()].filter((d) => revisionOf(d) > after).map((d) => summaryOf(clone(d)));
      const changed = complete && options ? all.slice(0, options.first) : all;
      api.rowsSent += changed.length;
      const removed = complete ? [] : [...removedAt].flatMap(([id, at]) => (at > after ? [id] : []));
      return { session: api.session, revision: versions, complete, changed, removed, total: disk.size };
    },
    getDecision: async (id: string) => {
      const d = disk.get(id);
      if (!d) throw new Error(`There is no readable record ${id}`);
      return clone(d);
    },
    createDecision: async ({ title }: { title: string }) => {
      api.check();
      const n = next++;
      return remember(store(emptyDecision(`${String(n).padStart(4, '0')}-${title.toLowerCase()}.md`, n, title)));
    },
    updateDecision: async (id: string, patch: DecisionPatch, base: string): Promise<DecisionSave> => {
      api.updates.push([id, clone(patch), base]);
      api.check();
      const now = disk.get(id) ?? null;
      if (now?.version === base) return { decision: remember(store(withEdits(now, patch))), conflict: null };
      const conflict: DecisionConflict = {
        id,
        mine: text(withEdits(history.get(base)!, patch)),
        disk: now && fileOf(now),
        diskVersion: now?.version ?? null,
        merged: now && text(withEdits(now, patch)),
      };
      return { decision: null, conflict };
    },
    resolveConflict: async (
      id: string,
      { text: chosen, diskVersion }: { text: string; diskVersion: string | null },
    ) => {
      if ((disk.get(id)?.version ?? null) !== diskVersion) throw new Error(`${id} changed on disk again`);
      return remember(store(texts.get(chosen)!));
    },
    duplicateDecision: async (id: string) => {
      const n = next++;
      return remember(store({ ...disk.get(id)!, id: `${n}.md`, number: n, title: `Copy of ${disk.get(id)!.title}` }));
    },
    deleteDecision: async (id: string) => {
      deleted.set(`tok-${id}`, disk.get(id)!);
      removeFile(id);
      return { undoToken: `tok-${id}` };
    },
    restoreDecision: async (token: string) => remember(store(deleted.get(token)!)),
    supersedeDecision: async (oldId: string, newId: string) => {
      api.check();
      const by = disk.get(newId)!;
      const older = store({
        ...disk.get(oldId)!,
        status: 'superseded',
        lifecycle: 'superseded',
        supersededBy: by.number,
      });
      return { superseded: remember(older), by: remember(store({ ...by, supersedes: [older.number!] })) };
    },
    exportDecisions: async () => ({ written: ['0001-a.md'] }),
    exportProblems: async () => [],
    importDecisions: async ({ dryRun }: { dir: string; dryRun?: boolean }): Promise<ImportResult> => ({
      imported: [],
      report: [],
      dryRun: dryRun ?? false,
    }),
  };
  return api;
}
