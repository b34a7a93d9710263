// The workspace store on the real disk: restart, backups, recovery, migration, read-only and failed writes.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDecision } from '../../common/decision.ts';
import type { DurableFs } from './durable-file.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { lockFileName } from './lock.ts';
import type { SaveState } from '../../common/api.ts';
import { defaultWorkspacePath, type WorkspaceDocument } from './workspace-document.ts';
import { openWorkspace, type WorkspaceStore } from './workspace-store.ts';

const onDisk = (dir: string) => JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8')) as WorkspaceDocument;

function addDecision(store: WorkspaceStore, title: string) {
  return store.update((doc) => {
    const n = doc.nextDecisionNumber++;
    doc.decisions.push(emptyDecision(`id-${n}`, n, title, '2024-01-01', '2024-01-01T00:00:00.000Z'));
  });
}

function manualClock(start = '2024-03-01T12:00:00.000Z') {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

describe('openWorkspace', () => {
  it('defaults to $XDG_DATA_HOME/tradeoff-atlas, else ~/.local/share/tradeoff-atlas', () => {
    expect(defaultWorkspacePath({ XDG_DATA_HOME: '/data' }, '/home/ada')).toBe('/data/tradeoff-atlas');
    expect(defaultWorkspacePath({}, '/home/ada')).toBe('/home/ada/.local/share/tradeoff-atlas');
    expect(defaultWorkspacePath({ XDG_DATA_HOME: 'relative' }, '/home/ada')).toBe(
      '/home/ada/.local/share/tradeoff-atlas',
    );
  });

  it('keeps data on disk across close and reopen, and holds the lock only while open', async () => {
    const dir = tempDir();
    const store = await openWorkspace(dir);
    expect(existsSync(join(dir, lockFileName))).toBe(true);
    await addDecision(store, 'Use a feature store');
    expect(onDisk(dir).decisions.map((d) => d.title)).toEqual(['Use a feature store']);
    await store.close();
    expect(existsSync(join(dir, lockFileName))).toBe(false);

    const reopened = await openWorkspace(dir);
    expect(reopened.data.decisions.map((d) => d.title)).toEqual(['Use a feature store']);
    expect(reopened.data.nextDecisionNumber).toBe(2);
    await reopened.close();
  });

  it('refuses edits after close', async () => {
    const store = await openWorkspace(tempDir());
    await store.close();
    await expect(addDecision(store, 'late')).rejects.toMatchObject({ code: 'read-only' });
  });

  it('tells subscribers when it is saving and saved', async () => {
    const store = await openWorkspace(tempDir());
    const seen: SaveState[] = [];
    store.subscribe((s) => seen.push(s.state));
    await addDecision(store, 'one');
    expect(seen).toEqual(['saved', 'saving', 'saved']);
    await store.close();
  });

  it('backs up on every open, and while editing at most once per interval', async () => {
    const dir = tempDir();
    const clock = manualClock();
    const first = await openWorkspace(dir, { now: clock.now, backupIntervalMs: 60_000 });
    await addDecision(first, 'one');
    await first.close();
    expect(await first.listBackups()).toEqual([]);

    clock.advance(1000);
    const store = await openWorkspace(dir, { now: clock.now, backupIntervalMs: 60_000 });
    expect((await store.listBackups()).length).toBe(1);
    await addDecision(store, 'two');
    await addDecision(store, 'three');
    expect((await store.listBackups()).length).toBe(1);
    clock.advance(60_000);
    await addDecision(store, 'four');
    const backups = await store.listBackups();
    expect(backups.length).toBe(2);
    // The backup holds the previous good file: before "four" was added.
    const newest = JSON.parse(readFileSync(backups[0]!.path, 'utf8')) as WorkspaceDocument;
    expect(newest.decisions.map((d) => d.title)).toEqual(['one', 'two', 'three']);
    await store.close();
  });

  it('coalesces a burst of edits into few writes and ends with all of them on disk', async () => {
    const dir = tempDir();
    let writes = 0;
    const counting: DurableFs = { ...fs, rename: (from, to) => (writes++, fs.rename(from, to)) };
    const store = await openWorkspace(dir, { fs: counting });
    await Promise.all(Array.from({ length: 20 }, (_, i) => addDecision(store, `edit ${i}`)));
    // The first edit starts a write; the other 19 arrive while it runs and share one more.
    expect(writes).toBe(2);
    expect(onDisk(dir).decisions).toHaveLength(20);
    await store.close();
  });

  it('does not rewrite the file when nothing changed', async () => {
    const dir = tempDir();
    const renames: string[] = [];
    const counting: DurableFs = { ...fs, rename: (from, to) => (renames.push(String(to)), fs.rename(from, to)) };
    const store = await openWorkspace(dir, { fs: counting });
    await addDecision(store, 'one');
    await store.update(() => undefined);
    await store.flush();
    expect(renames).toHaveLength(1);
    await store.close();
  });
});

describe('a workspace file that cannot be read', () => {
  it.each([
    ['is not JSON', '{"schemaVersion": 2, "decis', 'not valid JSON'],
    [
      'fails the schema',
      '{"schemaVersion": 2, "nextDecisionNumber": 0, "decisions": [], "analyses": [], "settings": {}}',
      'nextDecisionNumber',
    ],
  ])('%s: is moved aside untouched, the user is told, and the newest backup is offered', async (_, content, reason) => {
    const dir = tempDir();
    const clock = manualClock();
    const good = await openWorkspace(dir, { now: clock.now });
    await addDecision(good, 'Keep me');
    await good.close();
    clock.advance(1000);
    await (await openWorkspace(dir, { now: clock.now })).close(); // takes the on-open backup of the good file
    writeFileSync(join(dir, 'workspace.json'), content);

    clock.advance(1000);
    const store = await openWorkspace(dir, { now: clock.now });
    const recovery = store.recovery!;
    expect(recovery.movedTo).toBe(join(dir, 'workspace.corrupt-2024-03-01T12-00-02-000Z.json'));
    expect(readFileSync(recovery.movedTo, 'utf8')).toBe(content);
    expect(existsSync(join(dir, 'workspace.json'))).toBe(false);
    expect(recovery.message).toContain(reason);
    expect(recovery.message).toContain(recovery.movedTo);
    expect(recovery.newestBackup?.name).toBe('workspace-2024-03-01T12-00-01-000Z.json');
    expect(recovery.message).toContain(recovery.newestBackup!.name);
    expect(store.data.decisions).toEqual([]);

    await store.restoreBackup(recovery.newestBackup!.name);
    expect(store.recovery).toBeNull();
    expect(store.data.decisions.map((d) => d.title)).toEqual(['Keep me']);
    expect(onDisk(dir).decisions.map((d) => d.title)).toEqual(['Keep me']);
    await store.close();
  });

  it('says so when there is no backup to offer', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'workspace.json'), 'garbage');
    const store = await openWorkspace(dir);
    expect(store.recovery?.newestBackup).toBeNull();
    expect(store.recovery?.message).toContain('There is no backup to restore.');
    await store.close();
  });

  it('refuses to restore a name that is not a backup', async () => {
    const store = await openWorkspace(tempDir());
    await expect(store.restoreBackup('../workspace.json')).rejects.toMatchObject({
      code: 'bad-request',
      message: expect.stringContaining('is not a workspace backup'),
    });
    await expect(store.restoreBackup('workspace-2024-03-01T12-00-00-000Z.json')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('There is no backup named'),
    });
    await store.close();
  });
});

describe('schema versions', () => {
  it('migrates an old workspace on open, keeping the pre-migration file as a backup', async () => {
    const dir = tempDir();
    const fixture = new URL('../../../tests/fixtures/store/workspace-v1.json', import.meta.url);
    copyFileSync(fixture, join(dir, 'workspace.json'));
    const store = await openWorkspace(dir);
    expect(store.data.nextDecisionNumber).toBe(8);
    expect(onDisk(dir)).toMatchObject({ schemaVersion: 2, nextDecisionNumber: 8 });
    const backups = await store.listBackups();
    expect(backups).toHaveLength(1);
    const [backup] = backups;
    expect(backup?.kind).toBe('pre-migration');
    expect(backup?.name).toMatch(/^pre-migration-v1-/);
    expect(readFileSync(backup!.path, 'utf8')).toBe(readFileSync(fixture, 'utf8'));
    await store.close();
  });

  it('opens a workspace from a newer version read-only and never writes it', async () => {
    const dir = tempDir();
    const content = JSON.stringify({
      schemaVersion: 3,
      nextDecisionNumber: 1,
      decisions: [],
      analyses: [],
      settings: {},
      boards: [],
    });
    writeFileSync(join(dir, 'workspace.json'), content);
    const store = await openWorkspace(dir);
    expect(store.readOnly).toBe(true);
    expect(store.status.state).toBe('read-only');
    expect(store.status.message).toMatch(
      /newer version of Tradeoff Atlas \(schema 3; this version understands 2\).*Update Tradeoff Atlas/,
    );
    await expect(addDecision(store, 'x')).rejects.toMatchObject({ code: 'read-only' });
    await expect(store.restoreBackup('workspace-2024-03-01T12-00-00-000Z.json')).rejects.toMatchObject({
      code: 'read-only',
    });
    await store.close();
    expect(readFileSync(join(dir, 'workspace.json'), 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['workspace.json']);
  });
});

describe('a failed write', () => {
  it('keeps the data in memory and the previous file, reports the error, and saves on the next edit', async () => {
    const dir = tempDir();
    let diskFull = false;
    const flaky: DurableFs = {
      ...fs,
      rename: async (from, to) => {
        if (diskFull) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        return fs.rename(from, to);
      },
    };
    const store = await openWorkspace(dir, { fs: flaky });
    await addDecision(store, 'saved one');
    const before = readFileSync(join(dir, 'workspace.json'), 'utf8');

    diskFull = true;
    const failed = addDecision(store, 'unsaved two');
    await expect(failed).rejects.toMatchObject({ code: 'io' });
    await expect(failed).rejects.toThrow('the disk is full');
    expect(store.status).toMatchObject({ state: 'error', message: expect.stringContaining('Free some space') });
    expect(store.data.decisions.map((d) => d.title)).toEqual(['saved one', 'unsaved two']);
    expect(readFileSync(join(dir, 'workspace.json'), 'utf8')).toBe(before);

    diskFull = false;
    await store.flush();
    expect(store.status.state).toBe('saved');
    expect(onDisk(dir).decisions.map((d) => d.title)).toEqual(['saved one', 'unsaved two']);
    await store.close();
  });
});
