// The host API through dispatch, on a real decision folder: hostile titles, names and files stay inside it, unwritten.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { Api } from '../../common/api.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { openFolderWorkspace } from '../folder/open-workspace.ts';
import { dispatchingApi } from './dispatch.ts';
import { createHostApi } from './host-api.ts';

let root: string;
let dir: string;
let ws: FolderWorkspace;
let api: Api;

beforeEach(async () => {
  root = tempDir('atlas-host-');
  dir = path.join(root, 'decisions');
  await mkdir(dir);
  // A record the folder already has, and a binary file posing as one.
  await writeFile(path.join(dir, '0001-keep-me.md'), '# 1. Keep me\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n');
  await writeFile(path.join(dir, '0002-binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0xff]));
  ws = await openFolderWorkspace(dir, { watch: false });
  api = dispatchingApi(
    createHostApi(ws, { host: 'web', version: 'test', now: () => new Date('2026-02-03T10:00:00Z') }),
  );
});
afterEach(() => ws.close());

const records = async () => (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();

describe('host API', () => {
  it('names files of impossible titles safely inside the folder', async () => {
    const titles = ['../../etc/passwd', 'CON', 'x'.repeat(200), '..\\..\\windows', '.hidden', 'two\nlines'];
    const created = [];
    for (const title of titles) created.push(await api.createDecision({ title }));
    for (const d of created) {
      expect(d.id).toMatch(/^\d{4}-[a-z0-9-]+\.md$/);
      expect(await readFile(path.join(dir, d.id), 'utf8')).toBe(d.markdown);
    }
    expect(created.map((d) => d.number)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(await readdir(root)).toEqual(['decisions']);
    expect(await records()).toEqual(['0001-keep-me.md', '0002-binary.md', ...created.map((d) => d.id)].sort());
  });

  it('refuses record names that lead out of the folder or to files that are not records, writing nothing', async () => {
    const before = await records();
    for (const id of [
      '../outside.md',
      '../../etc/passwd',
      '.tradeoff-atlas/settings.json',
      'notes.txt',
      'sub/0009-x.md',
    ]) {
      await expect(api.updateDecision(id, { status: 'Accepted' }, 'v')).rejects.toMatchObject({ code: 'not-found' });
      await expect(api.deleteDecision(id)).rejects.toMatchObject({ code: 'not-found' });
      await expect(api.decisionHistory(id)).rejects.toMatchObject({ code: 'not-found' });
      await expect(api.resolveConflict(id, { text: '# Mine\n', diskVersion: null })).rejects.toMatchObject({
        code: 'bad-request',
      });
    }
    expect(await readdir(root)).toEqual(['decisions']);
    expect(await records()).toEqual(before);
    // The row cache is the app's own, and appears only for files modified long enough ago to vouch for their rows.
    const meta = (await readdir(path.join(dir, '.tradeoff-atlas'))).filter((name) => name !== 'cache');
    expect(meta).toEqual(['.gitignore', 'analyses', 'workspace.lock']);
  });

  it('lists an unreadable file in the status, never as a decision, and never writes it', async () => {
    expect((await api.workspaceStatus()).unreadable).toEqual([
      { file: '0002-binary.md', reason: expect.stringMatching(/binary/) },
    ]);
    expect((await api.listDecisions()).map((d) => d.id)).toEqual(['0001-keep-me.md']);
    await expect(api.updateDecision('0002-binary.md', { title: 'Fixed' }, 'unreadable')).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      api.resolveConflict('0002-binary.md', { text: '# Fixed\n', diskVersion: 'unreadable' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(await readFile(path.join(dir, '0002-binary.md'))).toEqual(Buffer.from([0x23, 0x20, 0x00, 0x01, 0xff]));
  });

  it('imports a hostile folder file by file, keeping bytes and what was already here; a dry run writes nothing', async () => {
    const source = path.join(root, 'in');
    await mkdir(source);
    const clash = '# 1. Clash\n\nDate: 2024-02-01\n\n## Status\n\nAccepted\n\n## Context\n\nc\n';
    await writeFile(path.join(source, '0001-clash.md'), clash);
    await writeFile(path.join(source, '0002-bad.md'), '---\nstatus: [unclosed\n---\n# Bad\n');
    await writeFile(path.join(source, '0003-binary.md'), Buffer.from([0, 1, 2, 3]));
    await writeFile(path.join(source, '0004-keep-me.md'), await readFile(path.join(dir, '0001-keep-me.md')));
    const before = await records();

    const dry = await api.importDecisions({ dir: source, dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, imported: [] });
    expect(await records()).toEqual(before);

    const result = await api.importDecisions({ dir: source });
    const byFile = Object.fromEntries(result.report.map((r) => [r.file, r]));
    expect(result.report.map(({ file, status, target }) => ({ file, status, target }))).toEqual(
      dry.report.map(({ file, status, target }) => ({ file, status, target })),
    );
    expect(byFile['0001-clash.md']).toMatchObject({ status: 'renumbered', target: '0003-clash.md' });
    // Broken front matter is copied as it is: the folder keeps what it was given, byte for byte.
    const bad = byFile['0002-bad.md']!;
    expect(['imported', 'renumbered']).toContain(bad.status);
    expect(await readFile(path.join(dir, bad.target!), 'utf8')).toBe('---\nstatus: [unclosed\n---\n# Bad\n');
    expect(byFile['0003-binary.md']).toMatchObject({ status: 'skipped', target: null });
    expect(byFile['0004-keep-me.md']?.status).toBe('skipped');
    expect(await readFile(path.join(dir, '0001-keep-me.md'), 'utf8')).toContain('# 1. Keep me');
    expect(await readFile(path.join(dir, '0003-clash.md'), 'utf8')).toBe(clash.replace('# 1. Clash', '# 3. Clash'));
    for (const d of result.imported) expect(await readFile(path.join(dir, d.id), 'utf8')).toBe(d.markdown);
    expect(await readdir(root)).toEqual(['decisions', 'in']);
  });

  it('exports records of impossible titles as safe file names inside the target folder only', async () => {
    for (const title of ['../../etc/passwd', 'CON', '..\\..\\windows']) await api.createDecision({ title });
    const out = path.join(root, 'out', 'decisions');
    const { written } = await api.exportDecisions({ format: 'madr', scope: 'folder', dir: out });
    for (const file of written) expect(path.relative(out, file).startsWith('..')).toBe(false);
    expect(await readdir(out)).toEqual(expect.arrayContaining(['0003-etc-passwd.md', 'index.md']));
    expect((await readdir(root)).sort()).toEqual(['decisions', 'out']);
  });

  it('refuses an empty title and leaves the folder as it was', async () => {
    await expect(api.createDecision({ title: '   ' })).rejects.toMatchObject({ code: 'bad-request' });
    expect(await records()).toEqual(['0001-keep-me.md', '0002-binary.md']);
  });

  it('turns a scored analysis into a linked proposed record, and refuses an unscorable one', async () => {
    const a = await api.createAnalysis({ title: 'Which store?' });
    await expect(api.decideFromAnalysis(a.id)).rejects.toThrow(/cannot become a decision yet/);
    expect(await records()).toEqual(['0001-keep-me.md', '0002-binary.md']);
    await api.updateAnalysis(a.id, {
      options: [
        { id: 'o1', title: 'Feast', description: '' },
        { id: 'o2', title: 'Homegrown', description: '' },
      ],
      criteria: [{ id: 'c1', title: 'Stability', tradeoff: 'T5', favours: 'right', type: 'benefit', weight: 1 }],
      ratings: { o1: { c1: 4 }, o2: { c1: 2 } },
    });
    const { decision, analysis } = await api.decideFromAnalysis(a.id);
    // The folder writes adr-tools records, so the new one is one too, with the folder's capitalised status.
    expect(decision).toMatchObject({
      id: '0003-which-store.md',
      dialect: 'adr-tools',
      status: 'Proposed',
      analysisId: a.id,
    });
    expect(decision.options.find((o) => o.id === decision.chosenOption)?.title).toBe('Feast');
    expect(decision.drivers.join(' ')).toContain('[@T5]');
    expect(analysis.decisionId).toBe(decision.id);
    expect((await api.listDecisions()).find((d) => d.id === decision.id)?.analysisId).toBe(a.id);
  });
});
