// The lowdb adapter: decodes current and migrated files, leaves bad ones alone, and skips unchanged writes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentAdapter } from './document-adapter.ts';
import { DurableTextFile } from './durable-file.ts';
import { emptyDecision } from '../../common/decision.ts';
import { emptyWorkspace, workspaceKind, type WorkspaceDocument } from './workspace-document.ts';

let dir: string;
let file: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-adapter-'));
  file = path.join(dir, 'workspace.json');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const setup = () => {
  const beforeReplace = vi.fn(async () => undefined);
  const adapter = new DocumentAdapter<WorkspaceDocument>(new DurableTextFile(file), workspaceKind, beforeReplace);
  return { adapter, beforeReplace, db: new Low(adapter, emptyWorkspace()) };
};

describe('DocumentAdapter', () => {
  it('gives lowdb a current document and remembers its text', async () => {
    const doc = { ...emptyWorkspace(), settings: { theme: 'dark' } };
    await writeFile(file, JSON.stringify(doc));
    const { db, adapter } = setup();
    await db.read();
    expect(db.data.settings).toEqual({ theme: 'dark' });
    expect(adapter.lastRead?.state).toBe('current');
  });

  it('leaves lowdb on its default for an unreadable file and says why', async () => {
    await writeFile(file, '{ not json');
    const { db, adapter } = setup();
    await db.read();
    expect(db.data).toEqual(emptyWorkspace());
    expect(adapter.lastRead).toMatchObject({ state: 'unreadable', reason: expect.stringContaining('not valid JSON') });
    expect(await readFile(file, 'utf8')).toBe('{ not json');
  });

  it('writes to disk, skips an unchanged document, and backs up only a good file it replaces', async () => {
    const { db, beforeReplace } = setup();
    await db.write();
    expect(beforeReplace).not.toHaveBeenCalled();
    await db.write();
    expect(beforeReplace).not.toHaveBeenCalled();
    db.data.settings = { changed: true };
    await db.write();
    expect(beforeReplace).toHaveBeenCalledTimes(1);
    expect(JSON.parse(await readFile(file, 'utf8')).settings).toEqual({ changed: true });
  });

  it('refuses to write a document that would not open again, leaving the file as it was', async () => {
    const { db } = setup();
    await db.write();
    const before = await readFile(file, 'utf8');
    const record = emptyDecision('same', 1, 'A', '2026-01-01', '2026-01-01T00:00:00.000Z');
    db.data = { ...emptyWorkspace(), nextDecisionNumber: 2, decisions: [record, { ...record, number: 1 }] };
    await expect(db.write()).rejects.toThrow(/would no longer open.*duplicate/);
    expect(await readFile(file, 'utf8')).toBe(before);
  });
});
