// Judge files: one per judge beside the analysis, pretty for git, version-checked writes, and files that git brings in.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { WorkspaceStatus } from '../../common/api.ts';
import type { Judge } from '../../common/judge.ts';
import { workspaceEvents } from '../api/host-api.ts';
import { JudgeFiles } from './judge-files.ts';
import { openFolderWorkspace } from './open-workspace.ts';

const judge = (id: string, name: string, c1 = 3): Judge => ({
  id,
  name,
  weight: 1,
  ratings: { o1: { c1 } },
  ahp: null,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

async function opened() {
  const root = tempDir();
  const dir = join(root, 'analyses');
  await mkdir(dir);
  return { dir, root, files: await JudgeFiles.open(dir, join(root, 'backups')) };
}

describe('JudgeFiles', () => {
  it('writes each judge to their own pretty-printed file under the analysis and reads them back', async () => {
    const { dir, root, files } = await opened();
    const ann = await files.put('a1', judge('ann', 'Ann'), null);
    await files.put('a1', judge('ben', 'Ben'), null);
    expect((await readdir(join(dir, 'a1', 'judges'))).sort()).toEqual(['ann.json', 'ben.json']);
    expect(await readFile(join(dir, 'a1', 'judges', 'ann.json'), 'utf8')).toContain('\n  "name": "Ann",\n');
    await files.put('a1', judge('ann', 'Ann', 5), ann.version);
    const again = await JudgeFiles.open(dir, join(root, 'backups'));
    expect(again.list('a1').map((e) => [e.judge.id, e.judge.ratings['o1']!['c1']])).toEqual([
      ['ann', 5],
      ['ben', 3],
    ]);
    expect(again.list('other')).toEqual([]);
  });

  it('refuses a write based on a version the disk no longer has, and writes nothing', async () => {
    const { dir, files } = await opened();
    const ann = await files.put('a1', judge('ann', 'Ann'), null);
    // A teammate's version arrives by git pull.
    const theirs = `${JSON.stringify(judge('ann', 'Ann', 1), null, 2)}\n`;
    await writeFile(join(dir, 'a1', 'judges', 'ann.json'), theirs);
    await expect(files.put('a1', judge('ann', 'Ann', 4), ann.version)).rejects.toMatchObject({ code: 'conflict' });
    await expect(files.put('a1', judge('ann', 'Ann', 4), null)).rejects.toMatchObject({ code: 'conflict' });
    expect(await readFile(join(dir, 'a1', 'judges', 'ann.json'), 'utf8')).toBe(theirs);
    // Reloading takes their version, and says it changed; reloading again changes nothing.
    expect(await files.reload('a1', 'ann')).toBe(true);
    expect(files.get('a1', 'ann')?.judge.ratings['o1']!['c1']).toBe(1);
    expect(await files.reload('a1', 'ann')).toBe(false);
  });

  it('reports a file of the wrong shape and leaves it untouched; removal keeps a backup', async () => {
    const { dir, root, files } = await opened();
    const ben = await files.put('a1', judge('ben', 'Ben'), null);
    await writeFile(join(dir, 'a1', 'judges', 'cy.json'), '{"id":"cy"}');
    expect(await files.reload('a1', 'cy')).toBe(false);
    expect(files.unreadable.map((u) => u.file)).toEqual(['a1/judges/cy.json']);
    await files.remove('a1', 'ben', ben.version);
    expect(files.list('a1')).toEqual([]);
    expect(await readdir(join(dir, 'a1', 'judges'))).toEqual(['cy.json']);
    expect((await readdir(join(root, 'backups')))[0]).toMatch(/-a1-ben\.json$/);
  });

  it('refuses ids that could leave the folder', async () => {
    const { files } = await opened();
    await expect(files.put('../x', judge('ann', 'Ann'), null)).rejects.toThrow(/cannot name/);
    expect(await files.reload('a1', '../../x')).toBe(false);
  });
});

describe('a judge file arriving by git pull', () => {
  it('is read and moves the judges revision, while the app’s own writes do not', async () => {
    const dir = tempDir();
    const ws = await openFolderWorkspace(dir, { watch: true });
    onTestFinished(() => ws.close());
    const pushed: WorkspaceStatus[] = [];
    onTestFinished(workspaceEvents(ws).onWorkspaceStatus((s) => pushed.push(s)));
    await ws.judges.put('a1', judge('ann', 'Ann'), null);
    // The watcher sees the app's own write too, but what it reads is what the app holds already.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(ws.status().judgesRevision).toBe(0);
    const judges = join(dir, '.tradeoff-atlas', 'analyses', 'a1', 'judges');
    await writeFile(join(judges, 'ben.json'), JSON.stringify(judge('ben', 'Ben', 2)));
    await expect.poll(() => pushed.at(-1)?.judgesRevision, { timeout: 10_000 }).toBe(1);
    expect(ws.judges.list('a1').map((e) => e.judge.name)).toEqual(['Ann', 'Ben']);
    expect(ws.status().judgesRevision).toBe(1);
  });
});
