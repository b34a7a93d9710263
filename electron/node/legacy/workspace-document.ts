// The legacy workspace document (workspace.json): its schema and version, read once to move it into files.
import { z } from 'zod';
import type { DocumentKind } from './document-kind.ts';
import { workspaceFileName } from './workspace-file-name.ts';
import { workspaceMigrations } from './workspace-migrations.ts';

export const workspaceSchemaVersion = 2;
export { workspaceFileName };

// The decision record as workspace.json (schema 1 and 2) held it, read only to move it into a file.
const line = z.string();
const list = z.array(line);
export const legacyDecisionSchema = z.object({
  id: z.string().min(1),
  number: z.number().int().positive(),
  title: z.string().min(1),
  status: z.enum(['proposed', 'accepted', 'rejected', 'deprecated', 'superseded']),
  date: z.string(),
  decisionMakers: list,
  consulted: list,
  informed: list,
  tags: list,
  context: z.string(),
  drivers: list,
  options: z.array(
    z.object({ id: z.string(), title: z.string(), description: z.string(), pros: list, neutral: list, cons: list }),
  ),
  chosenOption: z.string().nullable(),
  justification: z.string(),
  consequences: z.string(),
  confirmation: z.string(),
  moreInformation: z.string(),
  supersedes: z.array(z.number().int().positive()),
  supersededBy: z.number().int().positive().nullable(),
  analysisId: z.string().nullable(),
  extraSections: z.array(z.object({ heading: z.string(), body: z.string() })),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type LegacyDecision = z.infer<typeof legacyDecisionSchema>;

/** Analyses are validated by the analysis service; the store only needs each to have an id. */
const analysisRecord = z.looseObject({ id: z.string().min(1) });

export const workspaceSchema = z
  .object({
    schemaVersion: z.literal(workspaceSchemaVersion),
    nextDecisionNumber: z.number().int().positive(),
    decisions: z.array(legacyDecisionSchema),
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
};
