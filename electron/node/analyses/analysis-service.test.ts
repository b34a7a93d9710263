// The analysis service on a real decision folder: one file per analysis, edits under the schema's rules, delete and undo, reopen.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { openFolderWorkspace } from '../folder/open-workspace.ts';
import { AnalysisService } from './analysis-service.ts';

let dir: string;
let ws: FolderWorkspace;
let service: AnalysisService;
let n = 0;

beforeEach(async () => {
  dir = tempDir('atlas-analyses-');
  ws = await openFolderWorkspace(dir, { watch: false });
  service = new AnalysisService(ws.analyses, { newId: () => `id-${++n}` });
});

afterEach(() => ws.close());

const analysesDir = () => path.join(dir, '.tradeoff-atlas', 'analyses');

describe('AnalysisService', () => {
  it('creates an analysis in its own file and reads it back after reopening the folder', async () => {
    const a = await service.create({ title: 'Batch or online retraining?' });
    expect(await readdir(analysesDir())).toEqual([`${a.id}.json`]);
    const onDisk = JSON.parse(await readFile(path.join(analysesDir(), `${a.id}.json`), 'utf8'));
    expect(onDisk).toMatchObject({ id: a.id, title: 'Batch or online retraining?' });
    await ws.close();
    ws = await openFolderWorkspace(dir, { watch: false });
    service = new AnalysisService(ws.analyses);
    expect(service.get(a.id).title).toBe('Batch or online retraining?');
  });

  it('applies a patch, and refuses one that breaks a rule spanning fields without changing the file', async () => {
    const a = await service.create({ title: 'Q' });
    const options = [{ id: 'o1', title: 'Online', description: '' }];
    await service.update(a.id, { options });
    expect(service.get(a.id).options).toEqual(options);
    const file = path.join(analysesDir(), `${a.id}.json`);
    const before = await readFile(file, 'utf8');
    const criteria = [
      { id: 'c1', title: 'Cost', tradeoff: 'T6' as const, favours: null, type: 'cost' as const, weight: 1 },
    ];
    await expect(service.update(a.id, { criteria })).rejects.toThrow(
      /tradeoff criterion "c1" must be a benefit criterion/,
    );
    expect(service.get(a.id).criteria).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('deletes into the backups and restores the same file', async () => {
    const first = await service.create({ title: 'First' });
    await service.create({ title: 'Second' });
    const token = await service.delete(first.id);
    expect(service.list().map((a) => a.title)).toEqual(['Second']);
    expect(await readdir(analysesDir())).not.toContain(`${first.id}.json`);
    expect((await readdir(path.join(dir, '.tradeoff-atlas', 'backups'))).join()).toContain(`${first.id}.json`);
    await service.restore(token);
    expect(service.list().map((a) => a.title)).toEqual(['First', 'Second']);
    expect(await readdir(analysesDir())).toContain(`${first.id}.json`);
    await expect(service.restore(token)).rejects.toThrow(/Nothing to restore/);
  });

  it('links an analysis to the record file it became', async () => {
    const a = await service.create({ title: 'Q' });
    await service.linkDecision(a.id, '0001-q.md');
    await ws.close();
    ws = await openFolderWorkspace(dir, { watch: false });
    expect(new AnalysisService(ws.analyses).get(a.id).decisionId).toBe('0001-q.md');
  });

  it('rejects (never throws synchronously) when the analysis is unknown', async () => {
    const missing = service.linkDecision('nope', null);
    await expect(missing).rejects.toMatchObject({ code: 'not-found' });
    await expect(service.update('nope', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
