// diffAgainstHead: modified, staged, deleted, untracked and unchanged records, and a repository without commits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import path from 'node:path';
import {
  emptyRepo,
  plainFolder,
  scenarioRepo,
  withoutGit,
  write,
  type ScenarioRepo,
} from '../../../tests/fixtures/git-repo.ts';
import { diffAgainstHead } from './git-diff.ts';

let repo: ScenarioRepo;
beforeAll(() => (repo = scenarioRepo()));
afterAll(() => repo.remove());

/** The blob hashes on the index line are not worth spelling out. */
const diffOf = async (dir: string, file: string) => (await diffAgainstHead(dir, file))?.replace(/^index .*\n/m, '');

describe('diffAgainstHead', () => {
  it('shows a modified record as a unified diff named from the folder', async () => {
    expect(await diffOf(repo.dir, '0003-ünïcode.md')).toBe(
      [
        'diff --git a/0003-ünïcode.md b/0003-ünïcode.md',
        '--- a/0003-ünïcode.md',
        '+++ b/0003-ünïcode.md',
        '@@ -1,2 +1,3 @@',
        ' # Unicode',
        ' line',
        '+changed',
        '',
      ].join('\n'),
    );
  });

  it('shows an untracked record against /dev/null', async () => {
    expect(await diffOf(repo.dir, '0005-untracked.md')).toBe(
      [
        'diff --git a/0005-untracked.md b/0005-untracked.md',
        'new file mode 100644',
        '--- /dev/null',
        '+++ b/0005-untracked.md',
        '@@ -0,0 +1 @@',
        '+# Untracked',
        '',
      ].join('\n'),
    );
  });

  it('shows a staged new record as new, a deleted one as deleted, an unchanged one as nothing', async () => {
    expect(await diffOf(repo.dir, '0004-new.md')).toMatch(
      /^new file mode 100644\n--- \/dev\/null\n\+\+\+ b\/0004-new.md$/m,
    );
    expect(await diffOf(repo.dir, '0006-gone.md')).toMatch(
      /^deleted file mode 100644\n--- a\/0006-gone.md\n\+\+\+ \/dev\/null$/m,
    );
    expect(await diffOf(repo.dir, '0001-use "quotes".md')).toBe('');
    expect(await diffOf(repo.dir, '--help.md')).toBe('');
  });

  it('shows every record as new before the first commit', async () => {
    const root = emptyRepo();
    try {
      write(path.join(root, '0001-a.md'), '# A\n');
      expect(await diffOf(root, '0001-a.md')).toMatch(
        /^--- \/dev\/null\n\+\+\+ b\/0001-a.md\n@@ -0,0 \+1 @@\n\+# A\n$/m,
      );
      expect(await diffOf(root, 'missing.md')).toBe('');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is null outside a work tree and without git, and never throws', async () => {
    const plain = plainFolder();
    try {
      write(path.join(plain.dir, 'x.md'), '# X\n');
      expect(await diffAgainstHead(plain.dir, 'x.md')).toBeNull();
    } finally {
      plain.remove();
    }
    expect(await withoutGit(() => diffAgainstHead(repo.dir, '0003-ünïcode.md'))).toBeNull();
  });
});
