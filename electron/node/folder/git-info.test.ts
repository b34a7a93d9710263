// Each record's git state and last commit, in a real repository, as the workspace shows them.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { commits, emptyRepo, git, plainFolder, write } from '../../../tests/fixtures/git-repo.ts';
import { RecordService } from '../decisions/record-service.ts';
import { GitInfo } from './git-info.ts';
import { openFolderWorkspace } from './open-workspace.ts';

/** docs/decisions with two committed records, in a fresh repository removed after the test. */
function repoWithRecords() {
  const root = emptyRepo();
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  const dir = path.join(root, 'docs', 'decisions');
  write(path.join(dir, '0001-use-git.md'), '# 1. Use git\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n');
  write(path.join(dir, '0002-use-madr.md'), '# 2. Use MADR\n\nDate: 2024-01-01\n\n## Status\n\nProposed\n');
  git(root, ['add', '-A'], commits.first);
  git(root, ['commit', '-q', '-m', commits.first.subject], commits.first);
  return { root, dir, hash: git(root, ['rev-parse', 'HEAD']) };
}

describe('GitInfo', () => {
  it('reports a record modified on disk as modified, with its last commit', async () => {
    const { dir, hash } = repoWithRecords();
    write(path.join(dir, '0001-use-git.md'), '# 1. Use git\n\nDate: 2024-01-01\n\n## Status\n\nRejected\n');
    write(path.join(dir, '0003-untracked.md'), '# 3. Untracked\n');
    const info = new GitInfo(dir);
    expect(info.of('0001-use-git.md')).toBeNull();
    await info.refresh();
    const lastCommit = { hash, author: commits.first.name, date: commits.first.date, subject: commits.first.subject };
    expect(info.of('0001-use-git.md')).toEqual({ state: 'modified', lastCommit });
    expect(info.of('0002-use-madr.md')).toEqual({ state: 'unchanged', lastCommit });
    expect(info.of('0003-untracked.md')).toEqual({ state: 'untracked', lastCommit: null });
  });

  it('shows on each decision of an opened folder, and follows the app’s own writes', async () => {
    const { root, dir, hash } = repoWithRecords();
    const ws = await openFolderWorkspace(dir, { watch: false });
    onTestFinished(() => ws.close());
    const service = new RecordService(ws, () => '2026-02-03');
    expect((await service.get('0002-use-madr.md')).git).toEqual({
      state: 'unchanged',
      lastCommit: expect.objectContaining({ hash, subject: commits.first.subject }),
    });
    const d = await service.get('0002-use-madr.md');
    await service.update(d.id, { status: 'Accepted' }, d.version);
    await expect.poll(async () => (await service.get(d.id)).git?.state, { timeout: 10_000 }).toBe('modified');
    // Only the edited record changed; of the app's own folder only its .gitignore is new (backups are ignored).
    expect(git(root, ['diff', '--name-only'])).toBe('docs/decisions/0002-use-madr.md');
    expect(git(root, ['ls-files', '--others', '--exclude-standard'])).toBe('docs/decisions/.tradeoff-atlas/.gitignore');
  });

  it('gives no git information outside a work tree', async () => {
    const folder = plainFolder();
    onTestFinished(() => folder.remove());
    write(path.join(folder.dir, '0001-a.md'), '# 1. A\n');
    const info = new GitInfo(folder.dir);
    await info.refresh();
    expect(info.of('0001-a.md')).toBeNull();
  });
});

describe('GitInfo outside a repository', () => {
  it('starts no git process until a .git appears', async () => {
    const folder = plainFolder();
    onTestFinished(() => folder.remove());
    const asked: string[] = [];
    const asking = (what: string) => async (dir: string) => {
      asked.push(`${what} ${dir}`);
      return null;
    };
    const info = new GitInfo(folder.dir, { status: asking('status'), commits: asking('commits') });
    await info.refresh();
    expect(asked).toEqual([]);
    mkdirSync(path.join(folder.dir, '.git'));
    await info.refresh();
    expect(asked).toEqual([`status ${folder.dir}`, `commits ${folder.dir}`]);
  });

  it('after a save asks for the states only, once it has read the commits', async () => {
    const folder = plainFolder();
    onTestFinished(() => folder.remove());
    mkdirSync(path.join(folder.dir, '.git'));
    const asked: string[] = [];
    const info = new GitInfo(folder.dir, {
      status: async () => {
        asked.push('status');
        return new Map([['0001-a.md', 'modified' as const]]);
      },
      commits: async () => {
        asked.push('commits');
        return new Map();
      },
    });
    await info.refresh('states');
    expect(asked).toEqual(['status', 'commits']);
    asked.length = 0;
    await info.refresh('states');
    expect(asked).toEqual(['status']);
    expect(info.of('0001-a.md')).toEqual({ state: 'modified', lastCommit: null });
    // Asked for everything while a states-only refresh runs: the run after it reads everything.
    asked.length = 0;
    const first = info.refresh('states');
    const both = info.refresh('all');
    await first;
    await both;
    await expect.poll(() => asked).toEqual(['status', 'status', 'commits']);
  });
});
