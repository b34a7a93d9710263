// A workspace.json that is valid JSON but no workspace: moved aside like any unreadable file, with a notice that says
// where it went and which backup to restore.
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test as base } from './fixtures.ts';

const wrongShape = '{"hello":"world","decisions":"no"}';

const test = base.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-wrong-shape-'));
    await writeFile(path.join(dir, 'workspace.json'), wrongShape);
    // A backup an earlier migration kept, which the notice offers.
    const backups = path.join(dir, '.tradeoff-atlas', 'backups');
    await mkdir(backups, { recursive: true });
    await writeFile(path.join(backups, 'legacy-2026-01-02T03-04-05-678Z-workspace.json'), '{"decisions":[]}');
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

test('a workspace.json of the wrong shape is moved aside, said so, and the newest backup offered', async ({
  page,
  folder,
}) => {
  const notice = page.getByRole('status').filter({ hasText: 'workspace.json' });
  await expect(notice).toContainText('could not be read');
  await expect(notice).toContainText('fields a workspace never has: hello');
  await expect(notice).toContainText('legacy-2026-01-02T03-04-05-678Z-workspace.json');
  expect(await readdir(folder)).not.toContain('workspace.json');
  const backups = path.join(folder, '.tradeoff-atlas', 'backups');
  const kept = (await readdir(backups)).find((f) => f.startsWith('unreadable-'))!;
  expect(await readFile(path.join(backups, kept), 'utf8')).toBe(wrongShape);
});
