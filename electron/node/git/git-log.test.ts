// lastCommits and fileHistory against a real repository: commit fields, renames, and one process for a whole folder.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as ChildProcess from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import {
  commits,
  emptyRepo,
  git,
  plainFolder,
  scenarioRepo,
  withoutGit,
  type ScenarioRepo,
} from '../../../tests/fixtures/git-repo.ts';
import { fileHistory, lastCommits } from './git-log.ts';

const spawned = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:child_process', async (importOriginal) => {
  const original = await importOriginal<typeof ChildProcess>();
  const execFile = (...args: unknown[]) => {
    spawned.count++;
    return (original.execFile as (...a: unknown[]) => unknown)(...args);
  };
  return { ...original, execFile };
});

let repo: ScenarioRepo;
beforeAll(() => (repo = scenarioRepo()));
afterAll(() => repo.remove());

const commit = (key: keyof typeof commits) => ({
  hash: repo.hashes[key],
  author: commits[key].name,
  date: commits[key].date,
  subject: commits[key].subject,
});

describe('lastCommits', () => {
  it('gives every record in the folder history its last commit', async () => {
    expect(Object.fromEntries((await lastCommits(repo.dir))!)).toEqual({
      '0001-use "quotes".md': commit('first'),
      '0002 with spaces.md': commit('first'),
      '0002-renamed.md': commit('edit'),
      '0003-ünïcode.md': commit('first'),
      '--help.md': commit('first'),
      '0006-gone.md': commit('first'),
      '0007-old.md': commit('first'),
      '0008-draft.md': commit('rename'),
    });
  });

  it('keeps to the files asked for; one never committed has none', async () => {
    const last = await lastCommits(repo.dir, ['0003-ünïcode.md', '0004-new.md']);
    expect(Object.fromEntries(last!)).toEqual({ '0003-ünïcode.md': commit('first') });
  });

  it('runs git once for thousands of records', async () => {
    const root = emptyRepo();
    try {
      const names = Array.from({ length: 2000 }, (_, i) => `${String(i).padStart(4, '0')}-record.md`);
      // fast-import builds the history without writing thousands of files to disk first.
      const commit = (subject: string, time: number, files: string[], body: string) =>
        [
          'commit refs/heads/main',
          `committer Ada Lovelace <ada@example.org> ${time} +0000`,
          `data ${subject.length}`,
          subject,
          ...files.flatMap((name) => [`M 100644 inline adr/${name}`, `data ${body.length}`, body]),
          '',
        ].join('\n');
      const stream =
        commit('All records', 1_700_000_000, names, '# A record\n') +
        commit('Edit a thousand', 1_700_000_100, names.slice(0, 1000), '# A record\n\nEdited.\n');
      git(root, ['fast-import', '--quiet'], undefined, stream);
      mkdirSync(path.join(root, 'adr'));

      spawned.count = 0;
      const last = (await lastCommits(path.join(root, 'adr')))!;
      expect(spawned.count).toBe(1);
      expect(last.size).toBe(2000);
      expect(last.get('0999-record.md')?.subject).toBe('Edit a thousand');
      expect(last.get('1000-record.md')?.subject).toBe('All records');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('is empty before the first commit', async () => {
    const root = emptyRepo();
    try {
      expect((await lastCommits(root))?.size).toBe(0);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('fileHistory', () => {
  it('follows a record across renames, with its path at each commit', async () => {
    expect(await fileHistory(repo.dir, '0002-renamed.md')).toEqual([
      { ...commit('edit'), path: '0002-renamed.md' },
      { ...commit('rename'), path: '0002-renamed.md' },
      { ...commit('first'), path: '0002 with spaces.md' },
    ]);
    expect(await fileHistory(repo.dir, '0008-draft.md')).toEqual([
      { ...commit('rename'), path: '0008-draft.md' },
      { ...commit('first'), path: '../../drafts/0008-draft.md' },
    ]);
  });

  it('reads a name that looks like an option as a name', async () => {
    expect(await fileHistory(repo.dir, '--help.md')).toEqual([{ ...commit('first'), path: '--help.md' }]);
  });

  it('refuses a path that leaves the folder', async () => {
    await expect(fileHistory(repo.dir, '../../README.md')).rejects.toThrow(/not the name of a file in the folder/);
  });
});

describe('without git information', () => {
  it('is null outside a work tree and without git, and never throws', async () => {
    const plain = plainFolder();
    try {
      expect(await lastCommits(plain.dir)).toBeNull();
      expect(await fileHistory(plain.dir, 'x.md')).toBeNull();
    } finally {
      plain.remove();
    }
    expect(await withoutGit(() => lastCommits(repo.dir))).toBeNull();
    expect(await withoutGit(() => fileHistory(repo.dir, '0002-renamed.md'))).toBeNull();
  });
});
