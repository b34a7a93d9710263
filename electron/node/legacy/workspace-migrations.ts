// Pure migrations of workspace.json between schema versions; each is tested against a fixture of its version.
import type { Migrations } from './document-kind.ts';

// History:
// v0 – before versioning: `{ decisions, settings? }`, no schemaVersion field.
// v1 – `{ schemaVersion: 1, decisions, analyses, settings }`, the shape the design first named.
// v2 – adds `nextDecisionNumber`, so a deleted decision's number is never handed out again.
export const workspaceMigrations: Migrations = {
  0: (doc) => ({
    schemaVersion: 1,
    decisions: Array.isArray(doc.decisions) ? doc.decisions : [],
    analyses: Array.isArray(doc.analyses) ? doc.analyses : [],
    settings: isObject(doc.settings) ? doc.settings : {},
  }),
  1: (doc) => ({ ...doc, schemaVersion: 2, nextDecisionNumber: highestNumber(doc.decisions) + 1 }),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function highestNumber(decisions: unknown): number {
  if (!Array.isArray(decisions)) return 0;
  return decisions.reduce<number>(
    (max, d) => (isObject(d) && typeof d.number === 'number' ? Math.max(max, d.number) : max),
    0,
  );
}
