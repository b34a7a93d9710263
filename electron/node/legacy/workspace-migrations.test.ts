// Migrations from the v0 and v1 fixtures to the current schema, and their purity.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from './decode-document.ts';
import { migrate } from './document-kind.ts';
import { workspaceKind, workspaceSchemaVersion } from './workspace-document.ts';
import { workspaceMigrations } from './workspace-migrations.ts';

const fixture = (v: number) =>
  readFileSync(new URL(`../../../tests/fixtures/store/workspace-v${v}.json`, import.meta.url), 'utf8');

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) Object.values(value).forEach(deepFreeze);
  return Object.freeze(value);
}

describe('workspace migrations', () => {
  it('has a step for every version below the current one', () => {
    for (let v = 0; v < workspaceSchemaVersion; v++)
      expect(workspaceMigrations[v], `migration ${v}`).toBeTypeOf('function');
  });

  it('migrates the v0 fixture: adds version, analyses, and the next number above the highest', () => {
    const decoded = decodeDocument(fixture(0), workspaceKind);
    expect(decoded.state).toBe('migrated');
    if (decoded.state !== 'migrated') return;
    expect(decoded.from).toBe(0);
    expect(decoded.doc).toMatchObject({
      schemaVersion: 2,
      nextDecisionNumber: 4,
      analyses: [],
      settings: { theme: 'dark' },
    });
    expect(decoded.doc.decisions.map((d) => [d.number, d.supersededBy, d.supersedes])).toEqual([
      [1, 3, []],
      [3, null, [1]],
    ]);
  });

  it('migrates the v1 fixture and keeps its analyses as they are', () => {
    const decoded = decodeDocument(fixture(1), workspaceKind);
    expect(decoded).toMatchObject({ state: 'migrated', from: 1, doc: { nextDecisionNumber: 8 } });
    if (decoded.state === 'migrated')
      expect(decoded.doc.analyses).toEqual([{ id: 'a-1', title: 'Serving options', options: [] }]);
  });

  it('is pure: never changes the document it is given', () => {
    const input = deepFreeze(JSON.parse(fixture(0)) as Record<string, unknown>);
    const before = JSON.stringify(input);
    migrate(input, 0, workspaceSchemaVersion, workspaceMigrations);
    expect(JSON.stringify(input)).toBe(before);
  });

  it('starts numbering at 1 when an old workspace had no decisions', () => {
    expect(migrate({}, 0, 2, workspaceMigrations)).toEqual({
      schemaVersion: 2,
      nextDecisionNumber: 1,
      decisions: [],
      analyses: [],
      settings: {},
    });
  });

  it.each([
    [{ hello: 'world', decisions: 'no' }, /no schemaVersion, and it holds fields a workspace never has: hello/],
    [{ decisions: 'no' }, /"decisions" field is not a list/],
    [{ decisions: [], settings: [] }, /"settings" field is not an object/],
  ])('refuses a version-less document that is not a v0 workspace: %j', (doc, message) => {
    expect(() => migrate(doc, 0, 2, workspaceMigrations)).toThrow(message);
    const decoded = decodeDocument(JSON.stringify(doc), workspaceKind);
    expect(decoded.state).toBe('unreadable');
  });
});
