// The web host's folder policy: the workspace and --allow folders only, links resolved, plain sentences, no leaks.
import { describe, expect, it, vi } from 'vitest';
import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Api } from '../../common/api.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { createFolderPolicy, limitToFolderPolicy } from './folder-policy.ts';

/** base/ws (the workspace, with exports/, a file, a link out and a link in), base/outside, base/allowed. */
function folders() {
  const base = realpathSync(tempDir('atlas-policy-'));
  const ws = path.join(base, 'ws');
  const outside = path.join(base, 'outside');
  const allowed = path.join(base, 'allowed');
  for (const dir of [ws, path.join(ws, 'exports'), outside, allowed]) mkdirSync(dir);
  writeFileSync(path.join(ws, 'notes.md'), '# Notes\n');
  symlinkSync(outside, path.join(ws, 'escape'));
  symlinkSync(path.join(ws, 'exports'), path.join(ws, 'alias'));
  return { base, ws, outside, allowed };
}

const refusal = /only reaches the workspace, the folders inside it and folders it was started with --allow/;

describe('createFolderPolicy', () => {
  it('accepts the workspace and folders inside it, typed relative or absolute, through links that stay inside', async () => {
    const { ws } = folders();
    const policy = await createFolderPolicy(ws);
    const exports = path.join(ws, 'exports');
    expect(await policy.resolve('exports', 'import')).toBe(exports);
    expect(await policy.resolve(`${exports}/`, 'export')).toBe(exports);
    expect(await policy.resolve('.', 'import')).toBe(ws);
    expect(await policy.resolve('alias', 'import')).toBe(exports);
  });

  it('resolves a relative path against the workspace, not the current folder, and lets export create it', async () => {
    const { ws } = folders();
    const policy = await createFolderPolicy(ws);
    expect(await policy.resolve('new/deeper', 'export')).toBe(path.join(ws, 'new', 'deeper'));
    expect(await policy.resolve('exports/../new', 'export')).toBe(path.join(ws, 'new'));
  });

  it('refuses ../ and absolute paths outside the workspace', async () => {
    const { ws, outside } = folders();
    const policy = await createFolderPolicy(ws);
    for (const typed of ['../outside', '..', outside, '/etc', path.join(ws, '..', 'outside', 'x')]) {
      for (const purpose of ['export', 'import'] as const) {
        await expect(policy.resolve(typed, purpose)).rejects.toThrow(refusal);
      }
    }
  });

  it('accepts folders given with --allow and the folders under them', async () => {
    const { ws, allowed } = folders();
    await expect((await createFolderPolicy(ws)).resolve(allowed, 'import')).rejects.toThrow(refusal);
    const policy = await createFolderPolicy(ws, [allowed]);
    expect(await policy.resolve(allowed, 'import')).toBe(allowed);
    expect(await policy.resolve(path.join(allowed, 'out'), 'export')).toBe(path.join(allowed, 'out'));
    expect(await policy.resolve('../allowed', 'import')).toBe(allowed);
  });

  it('refuses a link inside the workspace that leads out, for a folder that exists or one to be created', async () => {
    const { ws } = folders();
    const policy = await createFolderPolicy(ws);
    await expect(policy.resolve('escape', 'import')).rejects.toThrow(refusal);
    await expect(policy.resolve('escape/new/deeper', 'export')).rejects.toThrow(refusal);
  });

  it('says in a sentence that a folder to import from does not exist, or is a file', async () => {
    const { ws } = folders();
    const policy = await createFolderPolicy(ws);
    await expect(policy.resolve('missing/x', 'import')).rejects.toMatchObject({
      code: 'not-found',
      message: 'The folder "missing/x" does not exist. Create it first or pick another.',
    });
    await expect(policy.resolve(path.join(ws, 'missing'), 'import')).rejects.toThrow(/^The folder "missing" does not/);
    await expect(policy.resolve('notes.md', 'import')).rejects.toThrow('"notes.md" is not a folder');
    await expect(policy.resolve('notes.md/sub', 'export')).rejects.toThrow('"notes.md/sub" is not a folder');
  });

  it('never names anything outside the workspace in a message', async () => {
    const { base, ws, outside } = folders();
    const policy = await createFolderPolicy(ws);
    const typed = ['../outside', outside, path.join(outside, 'missing'), 'escape', 'escape/missing', '/etc/missing'];
    for (const dir of typed) {
      for (const purpose of ['export', 'import'] as const) {
        const message = await policy.resolve(dir, purpose).then(
          () => 'accepted',
          (e: Error) => e.message,
        );
        expect(message).toMatch(refusal);
        expect(message).not.toContain(base);
        expect(message).not.toContain('/etc');
      }
    }
  });

  it('stops at launch when an --allow folder does not exist', async () => {
    const { ws, base } = folders();
    await expect(createFolderPolicy(ws, [path.join(base, 'nope')])).rejects.toThrow(/--allow .*no such folder/);
    await expect(createFolderPolicy(ws, [path.join(ws, 'notes.md')])).rejects.toThrow(/no such folder/);
  });
});

describe('limitToFolderPolicy', () => {
  it('hands the real folder to export and import, and never calls them for a refused one', async () => {
    const { ws, outside } = folders();
    const base = {
      exportDecisions: vi.fn(async () => ({ written: [] })),
      importDecisions: vi.fn(async () => ({ imported: [], report: [] })),
    };
    const api = limitToFolderPolicy(base as unknown as Api, await createFolderPolicy(ws));
    await api.exportDecisions({ format: 'madr', scope: 'folder', dir: 'alias' });
    expect(base.exportDecisions).toHaveBeenCalledWith({
      format: 'madr',
      scope: 'folder',
      dir: path.join(ws, 'exports'),
    });
    await api.importDecisions({ dir: 'exports' });
    expect(base.importDecisions).toHaveBeenCalledWith({ dir: path.join(ws, 'exports') });
    await expect(api.importDecisions({ dir: outside })).rejects.toThrow(refusal);
    await expect(api.exportDecisions({ format: 'madr', scope: 'combined', dir: '../outside' })).rejects.toThrow(
      refusal,
    );
    expect(base.importDecisions).toHaveBeenCalledTimes(1);
    expect(base.exportDecisions).toHaveBeenCalledTimes(1);
  });
});
