// Plans an import: validates parsed records, keeps their numbers where free, renumbers the rest, remaps links.
import { decisionSchema, emptyDecision, type Decision } from '../../common/decision.ts';
import { AppError, invalid } from '../../common/errors.ts';

export interface ImportReport {
  imported: Decision[];
  /** Records whose number was taken and that got a new one; links inside the import follow them. */
  renumbered: { title: string; from: number; to: number }[];
  /** Items that are not decisions, with why. */
  rejected: { index: number; message: string }[];
  /** Supersede links to a number neither in the import nor in the workspace; they are left out. */
  droppedLinks: { number: number; link: number }[];
}

export interface ImportContext {
  /** Numbers in use: live decisions and deleted ones that can still be restored. */
  takenNumbers: ReadonlySet<number>;
  takenIds: ReadonlySet<string>;
  nextNumber: number;
  today: string;
  now: string;
  newId: () => string;
}

const importedSchema = decisionSchema.omit({ number: true });

interface Candidate {
  record: Omit<Decision, 'number'>;
  requested: number | null;
}

export function planImport(items: readonly unknown[], ctx: ImportContext): ImportReport & { nextNumber: number } {
  const report: ImportReport = { imported: [], renumbered: [], rejected: [], droppedLinks: [] };
  const candidates: Candidate[] = [];
  const ids = new Set(ctx.takenIds);
  items.forEach((item, index) => {
    try {
      candidates.push(validate(item, ctx, ids));
    } catch (error) {
      report.rejected.push({ index, message: (error as Error).message });
    }
  });

  // Kept numbers first, so a renumbered record never takes a number a later record brought with it.
  const assigned = new Map<number, number>();
  const numbers = candidates.map((c) => {
    if (c.requested === null || ctx.takenNumbers.has(c.requested) || assigned.has(c.requested)) return null;
    assigned.set(c.requested, c.requested);
    return c.requested;
  });
  let next = Math.max(ctx.nextNumber, ...[...assigned.keys()].map((n) => n + 1));
  candidates.forEach((c, i) => {
    if (numbers[i] !== null) return;
    numbers[i] = next++;
    if (c.requested !== null) {
      report.renumbered.push({ title: c.record.title, from: c.requested, to: numbers[i]! });
      if (!assigned.has(c.requested)) assigned.set(c.requested, numbers[i]!);
    }
  });

  const resolve = (number: number, link: number): number | null => {
    const target = assigned.get(link) ?? (ctx.takenNumbers.has(link) ? link : null);
    if (target === null) report.droppedLinks.push({ number, link });
    return target;
  };
  candidates.forEach((c, i) => {
    const number = numbers[i]!;
    const supersedes = c.record.supersedes.map((l) => resolve(number, l)).filter((l): l is number => l !== null);
    const supersededBy = c.record.supersededBy === null ? null : resolve(number, c.record.supersededBy);
    report.imported.push({ ...c.record, number, supersedes, supersededBy });
  });
  return { ...report, nextNumber: next };
}

function validate(item: unknown, ctx: ImportContext, ids: Set<string>): Candidate {
  if (typeof item !== 'object' || item === null || Array.isArray(item))
    throw new AppError('bad-request', 'It is not a decision record.');
  const fields = item as Record<string, unknown>;
  const requested = fields.number ?? null;
  if (requested !== null && !(typeof requested === 'number' && Number.isInteger(requested) && requested > 0)) {
    throw new AppError('bad-request', `Its number ${JSON.stringify(requested)} is not a positive whole number.`);
  }
  // Whatever the importer did not find starts empty, as in a new decision.
  const base = emptyDecision(ctx.newId(), 1, '', ctx.today, ctx.now);
  const parsed = importedSchema.safeParse({ ...base, ...fields });
  if (!parsed.success) throw invalid(`Decision ${String(fields.title ?? requested ?? '')}`.trim(), parsed.error.issues);
  const record = parsed.data;
  if (ids.has(record.id)) record.id = ctx.newId();
  ids.add(record.id);
  return { record, requested };
}
