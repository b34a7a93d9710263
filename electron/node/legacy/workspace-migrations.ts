// Pure migrations of workspace.json between schema versions; each is tested against a fixture of its version.
import type { Migrations } from './document-kind.ts';

// History:
// v0 – before versioning: `{ decisions, settings? }`, no schemaVersion field.
// v1 – `{ schemaVersion: 1, decisions, analyses, settings }`, the shape the design first named.
// v2 – adds `nextDecisionNumber`, so a deleted decision's number is never handed out again.
export const workspaceMigrations: Migrations = {
  0: (doc) => {
    // Without a version, only the v0 shape is a workspace; anything else (`{"hello":"world"}`) is some other file, and
    // reading it as an empty workspace would hide the user's data behind a fresh start.
    const problem = v0ShapeProblem(doc);
    if (problem) throw new Error(`no schemaVersion, and ${problem}`);
    return {
      schemaVersion: 1,
      decisions: Array.isArray(doc.decisions) ? doc.decisions : [],
      analyses: Array.isArray(doc.analyses) ? doc.analyses : [],
      settings: isObject(doc.settings) ? doc.settings : {},
    };
  },
  1: (doc) => ({ ...doc, schemaVersion: 2, nextDecisionNumber: highestNumber(doc.decisions) + 1 }),
};

const v0Fields: Readonly<Record<string, (value: unknown) => boolean>> = {
  decisions: Array.isArray,
  analyses: Array.isArray,
  settings: isObject,
};

/** What keeps a version-less document from being a v0 workspace, in words; null when it is one. */
function v0ShapeProblem(doc: Record<string, unknown>): string | null {
  const foreign = Object.keys(doc).filter((key) => !(key in v0Fields));
  if (foreign.length) return `it holds fields a workspace never has: ${foreign.slice(0, 3).join(', ')}`;
  const wrong = Object.keys(doc).find((key) => !v0Fields[key]!(doc[key]));
  return wrong ? `its "${wrong}" field is not ${wrong === 'settings' ? 'an object' : 'a list'}` : null;
}

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
