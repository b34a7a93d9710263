// The host API through dispatch, on a real workspace: hostile imports and exports lose nothing, write nothing outside.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Api } from '../../common/api.ts';
import { openWorkspace, type WorkspaceStore } from '../store/workspace-store.ts';
import { dispatchingApi } from './dispatch.ts';
import { createHostApi } from './host-api.ts';

let root: string;
let store: WorkspaceStore;
let api: Api;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'atlas-host-'));
  store = await openWorkspace(path.join(root, 'ws'));
  api = dispatchingApi(createHostApi(store, { host: 'web', version: 'test' }));
});
afterEach(async () => {
  await store.close();
  await rm(root, { recursive: true, force: true });
});

describe('host API', () => {
  it('imports a hostile folder file by file and keeps what was already saved', async () => {
    const kept = await api.createDecision({ title: 'Already here' });
    const dir = path.join(root, 'in');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    await writeFile(
      path.join(dir, '0001-clash.md'),
      '# 1. Clash\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n',
    );
    await writeFile(path.join(dir, '0002-bad.md'), '---\nstatus: [unclosed\n---\n# Bad\n');
    await writeFile(path.join(dir, '0003-binary.md'), Buffer.from([0, 1, 2, 3]));
    const result = await api.importDecisions({ dir });
    const byFile = Object.fromEntries(result.report.map((r) => [r.file, r]));
    expect(byFile['0001-clash.md']).toMatchObject({
      status: 'warning',
      message: expect.stringMatching(/number 1 is already used in this workspace, so it became ADR \d+/),
    });
    expect(byFile['0002-bad.md']?.status).not.toBe('imported');
    expect(byFile['0003-binary.md']).toMatchObject({ status: 'skipped' });
    const all = await api.listDecisions();
    expect(all.find((d) => d.id === kept.id)).toMatchObject({ number: 1, title: 'Already here' });
    expect(all.map((d) => d.title)).toContain('Clash');
  });

  it('exports impossible titles as safe file names inside the target folder', async () => {
    for (const title of ['../../etc/passwd', 'CON', 'x'.repeat(200), '..\\..\\windows'])
      await api.createDecision({ title });
    const out = path.join(root, 'out', 'decisions');
    const { written } = await api.exportDecisions({ format: 'adr-tools', scope: 'folder', dir: out });
    for (const file of written) expect(path.relative(out, file).startsWith('..')).toBe(false);
    const names = await readdir(out);
    expect(names).toEqual(
      expect.arrayContaining(['0001-etc-passwd.md', '0002-con-adr.md', '0004-windows.md', 'index.md']),
    );
    expect(await readdir(root)).toEqual(expect.arrayContaining(['out', 'ws']));
    expect(await readdir(root)).toHaveLength(2);
  });

  it('refuses an empty title and leaves the workspace as it was', async () => {
    await expect(api.createDecision({ title: '   ' })).rejects.toThrow();
    expect(await api.listDecisions()).toEqual([]);
  });

  it('turns a scored analysis into a linked proposed decision, and refuses an unscorable one', async () => {
    const a = await api.createAnalysis({ title: 'Which store?' });
    await expect(api.decideFromAnalysis(a.id)).rejects.toThrow(/cannot become a decision yet/);
    expect(await api.listDecisions()).toEqual([]);
    await api.updateAnalysis(a.id, {
      options: [
        { id: 'o1', title: 'Feast', description: '' },
        { id: 'o2', title: 'Homegrown', description: '' },
      ],
      criteria: [{ id: 'c1', title: 'Stability', tradeoff: 'T5', favours: 'right', type: 'benefit', weight: 1 }],
      ratings: { o1: { c1: 4 }, o2: { c1: 2 } },
    });
    const { decision, analysis } = await api.decideFromAnalysis(a.id);
    expect(decision).toMatchObject({ status: 'proposed', analysisId: a.id, title: 'Which store?' });
    expect(decision.options.find((o) => o.id === decision.chosenOption)?.title).toBe('Feast');
    expect(decision.drivers.join(' ')).toContain('[@T5]');
    expect(analysis.decisionId).toBe(decision.id);
  });
});
