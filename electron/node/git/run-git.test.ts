// runGit: answers, the two kinds of "no git information", and the limits that stop a runaway command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyRepo, git, plainFolder, withoutGit, write } from '../../../tests/fixtures/git-repo.ts';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { GitError, runGit } from './run-git.ts';

let repo = '';
beforeAll(() => {
  repo = emptyRepo();
  write(path.join(repo, 'a.md'), 'one\n');
  write(path.join(repo, 'b.md'), 'two\n');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'Two files']);
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('runGit', () => {
  it('returns the output of a command run in the folder', async () => {
    expect(await runGit(repo, ['ls-files', '-z'])).toEqual({ ok: true, stdout: 'a.md\0b.md\0', exitCode: 0 });
  });

  it('accepts the exit codes a command uses for answers and fails on the others', async () => {
    const args = ['diff', '--no-index', '--', 'a.md', 'b.md'];
    expect(await runGit(repo, args, { okCodes: [1] })).toMatchObject({ ok: true, exitCode: 1 });
    await expect(runGit(repo, args)).rejects.toThrow(GitError);
  });

  it('says when the folder is not in a work tree or git is not installed, without throwing', async () => {
    const plain = plainFolder();
    try {
      expect(await runGit(plain.dir, ['status'])).toEqual({ ok: false, unavailable: 'not-a-work-tree' });
      expect(await runGit(path.join(repo, '.git'), ['status'])).toEqual({ ok: false, unavailable: 'not-a-work-tree' });
      expect(await withoutGit(() => runGit(repo, ['status']))).toEqual({ ok: false, unavailable: 'no-git' });
    } finally {
      plain.remove();
    }
  });

  it('ignores a GIT_DIR inherited from a git hook', async () => {
    const other = emptyRepo();
    process.env['GIT_DIR'] = path.join(other, '.git');
    try {
      const run = await runGit(repo, ['ls-files']);
      expect(run).toMatchObject({ ok: true, stdout: 'a.md\nb.md\n' });
    } finally {
      delete process.env['GIT_DIR'];
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('stops a command that prints too much or runs too long', async () => {
    await expect(runGit(repo, ['log'], { maxBytes: 10 })).rejects.toThrow(/git log printed more than 10 bytes/);
    // An alias that sleeps stands in for a repository too large to answer in time.
    await expect(runGit(repo, ['-c', 'alias.slow=!sleep 1', 'slow'], { timeoutMs: 100 })).rejects.toThrow(
      /took longer than 100 ms/,
    );
  });
});
