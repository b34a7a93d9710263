// The workspace document (workspace.json): its schema, current version, empty state and default folder.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { decisionSchema } from '../../common/decision.ts';
import type { DocumentKind } from './document-kind.ts';
import { workspaceMigrations } from './workspace-migrations.ts';
import { serialiseWithDecisions } from './workspace-serialiser.ts';

export const workspaceSchemaVersion = 2;
export const workspaceFileName = 'workspace.json';

/** Analyses are validated by the analysis service; the store only needs each to have an id. */
const analysisRecord = z.looseObject({ id: z.string().min(1) });

export const workspaceSchema = z
  .object({
    schemaVersion: z.literal(workspaceSchemaVersion),
    nextDecisionNumber: z.number().int().positive(),
    decisions: z.array(decisionSchema),
    analyses: z.array(analysisRecord),
    settings: z.record(z.string(), z.unknown()),
  })
  .superRefine((doc, ctx) => {
    for (const issue of numberingProblems(doc)) ctx.addIssue({ code: 'custom', ...issue });
  });

/** The cross-record rules a schema of single records cannot see; cheap enough to check before every save. */
export function numberingProblems(doc: {
  nextDecisionNumber: number;
  decisions: readonly { id: string; number: number }[];
}): { path: (string | number)[]; message: string }[] {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const ids = new Set<string>();
  const numbers = new Set<number>();
  doc.decisions.forEach((d, i) => {
    if (ids.has(d.id)) problems.push({ path: ['decisions', i, 'id'], message: `duplicate id ${d.id}` });
    if (numbers.has(d.number))
      problems.push({ path: ['decisions', i, 'number'], message: `duplicate number ${d.number}` });
    if (d.number >= doc.nextDecisionNumber) {
      problems.push({ path: ['nextDecisionNumber'], message: `must be above every decision number (${d.number})` });
    }
    ids.add(d.id);
    numbers.add(d.number);
  });
  return problems;
}

export type WorkspaceDocument = z.infer<typeof workspaceSchema>;

export function emptyWorkspace(): WorkspaceDocument {
  return { schemaVersion: workspaceSchemaVersion, nextDecisionNumber: 1, decisions: [], analyses: [], settings: {} };
}

export const workspaceKind: DocumentKind<WorkspaceDocument> = {
  fileName: workspaceFileName,
  version: workspaceSchemaVersion,
  schema: workspaceSchema,
  migrations: workspaceMigrations,
  empty: emptyWorkspace,
  serialise: serialiseWithDecisions,
  problem: firstNumberingProblem,
};

// Reused between saves: this check runs on every save of thousands of records, and fresh sets each time
// doubled the slowest saves through garbage collection.
const seenIds = new Set<string>();
let seenNumbers = new Uint8Array(0);

/** The same rules as numberingProblems, without allocating: the first problem in words, or null. */
function firstNumberingProblem(doc: WorkspaceDocument): string | null {
  if (seenNumbers.length < doc.nextDecisionNumber) seenNumbers = new Uint8Array(doc.nextDecisionNumber * 2);
  seenNumbers.fill(0, 0, doc.nextDecisionNumber);
  seenIds.clear();
  try {
    for (const d of doc.decisions) {
      if (d.number >= doc.nextDecisionNumber)
        return `nextDecisionNumber must be above every decision number (${d.number})`;
      if (seenNumbers[d.number]) return `duplicate number ${d.number}`;
      if (seenIds.has(d.id)) return `duplicate id ${d.id}`;
      seenNumbers[d.number] = 1;
      seenIds.add(d.id);
    }
    return null;
  } finally {
    seenIds.clear();
  }
}

/** The web host's and CLI's default; Electron passes its userData folder instead. */
export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const dataHome =
    env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(dataHome, 'tradeoff-atlas');
}
