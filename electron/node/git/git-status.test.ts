// gitStatus on a records folder below the repository root: every state, and names git would quote or read as options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { plainFolder, scenarioRepo, withoutGit, type ScenarioRepo } from '../../../tests/fixtures/git-repo.ts';
import { gitStatus } from './git-status.ts';

let repo: ScenarioRepo;
beforeAll(() => (repo = scenarioRepo()));
afterAll(() => repo.remove());

describe('gitStatus', () => {
  it('gives each record in the folder its state, by name, and leaves other files out', async () => {
    expect(Object.fromEntries((await gitStatus(repo.dir))!)).toEqual({
      '0001-use "quotes".md': 'unchanged',
      '0002-renamed.md': 'unchanged',
      '0003-ünïcode.md': 'modified',
      '--help.md': 'unchanged',
      '0004-new.md': 'new',
      '0005-untracked.md': 'untracked',
      '0006-gone.md': 'deleted',
      '0007-moved.md': 'new',
      '0007-old.md': 'deleted',
      '0008-draft.md': 'unchanged',
    });
  });

  it('reads a folder at the repository root as well', async () => {
    expect(Object.fromEntries((await gitStatus(repo.root))!)).toEqual({ 'README.md': 'unchanged' });
  });

  it('is null outside a work tree and without git, and never throws', async () => {
    const plain = plainFolder();
    try {
      expect(await gitStatus(plain.dir)).toBeNull();
    } finally {
      plain.remove();
    }
    expect(await withoutGit(() => gitStatus(repo.dir))).toBeNull();
  });
});
