// The analysis service on a real workspace folder: create, edit under the record's rules, delete and undo, restart.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type WorkspaceStore } from '../store/workspace-store.ts';
import { AnalysisService } from './analysis-service.ts';

let dir: string;
let store: WorkspaceStore;
let service: AnalysisService;
let n = 0;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-analyses-'));
  store = await openWorkspace(dir);
  service = new AnalysisService(store, { newId: () => `id-${++n}` });
});

afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('AnalysisService', () => {
  it('creates an analysis and keeps it across a restart', async () => {
    const a = await service.create({ title: 'Batch or online retraining?' });
    await store.close();
    const onDisk = JSON.parse(await readFile(path.join(dir, 'workspace.json'), 'utf8'));
    expect(onDisk.analyses.map((x: { id: string }) => x.id)).toEqual([a.id]);
    store = await openWorkspace(dir);
    service = new AnalysisService(store);
    expect(service.get(a.id).title).toBe('Batch or online retraining?');
  });

  it('applies a patch, and refuses one that breaks a rule spanning fields without changing anything', async () => {
    const a = await service.create({ title: 'Q' });
    const options = [{ id: 'o1', title: 'Online', description: '' }];
    await service.update(a.id, { options });
    expect(service.get(a.id).options).toEqual(options);
    const criteria = [
      { id: 'c1', title: 'Cost', tradeoff: 'T6' as const, favours: null, type: 'cost' as const, weight: 1 },
    ];
    await expect(service.update(a.id, { criteria })).rejects.toThrow(
      /tradeoff criterion "c1" must be a benefit criterion/,
    );
    expect(service.get(a.id).criteria).toEqual([]);
  });

  it('deletes and restores in place', async () => {
    const first = await service.create({ title: 'First' });
    await service.create({ title: 'Second' });
    const token = await service.delete(first.id);
    expect(service.list().map((a) => a.title)).toEqual(['Second']);
    await service.restore(token);
    expect(service.list().map((a) => a.title)).toEqual(['First', 'Second']);
    await expect(service.restore(token)).rejects.toThrow(/Nothing to restore/);
  });
});
