// Finding the decision folder from a working directory, as adr-tools does.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { defaultWorkspacePath, findWorkspace } from './find-workspace.ts';

describe('findWorkspace', () => {
  it('prefers .adr-dir, then docs/decisions, docs/adr, doc/adr, looking upwards', async () => {
    const repo = tempDir();
    await mkdir(join(repo, 'src', 'deep'), { recursive: true });
    await mkdir(join(repo, 'doc', 'adr'), { recursive: true });
    expect(await findWorkspace(join(repo, 'src', 'deep'))).toBe(join(repo, 'doc', 'adr'));
    await mkdir(join(repo, 'docs', 'decisions'), { recursive: true });
    expect(await findWorkspace(join(repo, 'src'))).toBe(join(repo, 'docs', 'decisions'));
    await mkdir(join(repo, 'architecture', 'records'), { recursive: true });
    await writeFile(join(repo, '.adr-dir'), 'architecture/records\n');
    expect(await findWorkspace(join(repo, 'src', 'deep'))).toBe(join(repo, 'architecture', 'records'));
  });

  it('returns null when no folder is found', async () => {
    expect(await findWorkspace(tempDir())).toBeNull();
  });
});

describe('defaultWorkspacePath', () => {
  it('is $XDG_DATA_HOME/tradeoff-atlas, else ~/.local/share/tradeoff-atlas; a relative XDG_DATA_HOME is ignored', () => {
    expect(defaultWorkspacePath({ XDG_DATA_HOME: '/data' }, '/home/ada')).toBe('/data/tradeoff-atlas');
    expect(defaultWorkspacePath({}, '/home/ada')).toBe('/home/ada/.local/share/tradeoff-atlas');
    expect(defaultWorkspacePath({ XDG_DATA_HOME: 'relative' }, '/home/ada')).toBe(
      '/home/ada/.local/share/tradeoff-atlas',
    );
  });
});
