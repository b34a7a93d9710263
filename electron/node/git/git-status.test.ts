// gitStatus on a records folder below the repository root: every state, and names git would quote or read as options.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  emptyRepo,
  git,
  plainFolder,
  scenarioRepo,
  withoutGit,
  write,
  type ScenarioRepo,
} from '../../../tests/fixtures/git-repo.ts';
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

  it('counts a record both sides of a merge added, left in conflict, as modified: it is in HEAD', async () => {
    const root = emptyRepo();
    try {
      const addAs = (text: string) => {
        write(path.join(root, '0001-a.md'), text);
        git(root, ['add', '-A']);
        git(root, ['commit', '-q', '-m', text]);
      };
      write(path.join(root, 'README.md'), '# Records\n');
      git(root, ['add', '-A']);
      git(root, ['commit', '-q', '-m', 'Start']);
      git(root, ['checkout', '-q', '-b', 'other']);
      addAs('# A on other\n');
      git(root, ['checkout', '-q', 'main']);
      addAs('# A on main\n');
      expect(() => git(root, ['merge', '-q', 'other'])).toThrow();
      expect(git(root, ['status', '--porcelain'])).toBe('AA 0001-a.md');
      expect(Object.fromEntries((await gitStatus(root))!)).toEqual({
        '0001-a.md': 'modified',
        'README.md': 'unchanged',
      });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
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
