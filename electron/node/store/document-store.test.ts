// A store transaction is one unit of work: all of it is saved in one write, or none of it stays, in memory or on disk.
import * as fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { emptyDecision } from '../../common/decision.ts';
import type { DurableFs } from './durable-file.ts';
import type { WorkspaceDocument } from './workspace-document.ts';
import { openWorkspace } from './workspace-store.ts';

const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8')) as WorkspaceDocument;

function add(doc: WorkspaceDocument, title: string) {
  const n = doc.nextDecisionNumber++;
  doc.decisions.push(emptyDecision(`id-${n}`, n, title, '2024-01-01', '2024-01-01T00:00:00.000Z'));
}

/** A file system whose renames fail with `code` while `failing.on` is set, counting the writes that land. */
function flakyFs(code: string) {
  const failing = { on: false, writes: 0 };
  const fsStub: DurableFs = {
    ...fs,
    rename: async (from, to) => {
      if (failing.on) throw Object.assign(new Error(`${code}: refused`), { code });
      failing.writes++;
      return fs.rename(from, to);
    },
  };
  return { failing, fs: fsStub };
}

describe('DocumentStore.transact', () => {
  it('saves several changes in one write', async () => {
    const dir = tempDir();
    const { failing, fs: fsStub } = flakyFs('EACCES');
    const store = await openWorkspace(dir, { fs: fsStub });
    const writes = failing.writes;
    await store.transact((doc) => {
      add(doc, 'one');
      add(doc, 'two');
    });
    expect(failing.writes - writes).toBe(1);
    expect(onDisk(dir).decisions.map((d) => d.title)).toEqual(['one', 'two']);
    await store.close();
  });

  it('undoes its changes in memory when the write fails, says nothing was changed, and keeps the file', async () => {
    const dir = tempDir();
    const { failing, fs: fsStub } = flakyFs('EACCES');
    const store = await openWorkspace(dir, { fs: fsStub });
    await store.update((doc) => add(doc, 'kept'));
    const before = readFileSync(join(dir, 'workspace.json'), 'utf8');
    failing.on = true;
    const attempt = store.transact((doc) => {
      add(doc, 'half');
      add(doc, 'made');
    });
    await expect(attempt).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('permission denied') });
    await expect(attempt).rejects.toThrow('Nothing was changed');
    expect(store.data.decisions.map((d) => d.title)).toEqual(['kept']);
    expect(store.data.nextDecisionNumber).toBe(2);
    expect(store.status.state).toBe('error');
    expect(readFileSync(join(dir, 'workspace.json'), 'utf8')).toBe(before);
    failing.on = false;
    await store.close();
    expect(onDisk(dir).decisions.map((d) => d.title)).toEqual(['kept']);
  });

  it('undoes what a mutator changed before it threw, and writes nothing', async () => {
    const dir = tempDir();
    const { failing, fs: fsStub } = flakyFs('EACCES');
    const store = await openWorkspace(dir, { fs: fsStub });
    const writes = failing.writes;
    const attempt = store.transact((doc) => {
      add(doc, 'half');
      throw new Error('drafting failed');
    });
    await expect(attempt).rejects.toThrow('drafting failed');
    expect(store.data).toMatchObject({ decisions: [], nextDecisionNumber: 1 });
    expect(failing.writes).toBe(writes);
    await store.close();
  });

  it('keeps a change made by another caller while its failing write ran', async () => {
    const dir = tempDir();
    const { failing, fs: fsStub } = flakyFs('ENOSPC');
    const store = await openWorkspace(dir, { fs: fsStub });
    failing.on = true;
    const attempt = store.transact((doc) => add(doc, 'undone'));
    // Queued behind the failing write, so it gets a write of its own.
    const other = store.update((doc) => add(doc, 'kept'));
    await expect(attempt).rejects.toThrow('the disk is full');
    failing.on = false;
    await other;
    expect(store.data.decisions.map((d) => d.title)).toEqual(['kept']);
    expect(onDisk(dir).decisions.map((d) => d.title)).toEqual(['kept']);
    await store.close();
  });
});
