// The workspace folder on disk: a record file that cannot be read is listed as such and never overwritten, a legacy
// workspace.json is reported once, and a second process on the same folder is refused.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from './fixtures.ts';
import { openDecisions } from './folders.ts';
import { startHost } from './web-host.ts';

const readable =
  '# 1. Use Postgres\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWe need a database.\n';
// Not UTF-8 (a Latin-1 "é"), as an editor with the wrong encoding might save it.
const unreadable = Buffer.concat([Buffer.from('# 2. Caf'), Buffer.from([0xe9]), Buffer.from('\n\nAccepted\n')]);

const test = base.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-unreadable-'));
    await writeFile(path.join(dir, '0001-use-postgres.md'), readable);
    await writeFile(path.join(dir, '0002-cafe.md'), unreadable);
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

test('a record file that cannot be read is listed as unreadable and never overwritten', async ({ page, folder }) => {
  await openDecisions(page);
  const records = page.getByRole('listbox', { name: 'Decision records' });
  await expect(records.getByRole('option')).toHaveCount(1);
  const files = page.getByRole('list', { name: 'Unreadable record files' });
  await expect(files).toContainText('0002-cafe.md');
  await expect(files).toContainText('not valid UTF-8');

  // Work on the readable record and add a new one: the unreadable file keeps its bytes.
  await records.getByText('Use Postgres').click();
  await page.getByRole('textbox', { name: 'Context and problem statement' }).fill('We need a relational database.');
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('button', { name: '+ New', exact: true }).click();
  await page.getByLabel('Title of the new decision').fill('Use Redis');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.locator('#decision-title')).toHaveValue('Use Redis');
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect(Buffer.compare(await readFile(path.join(folder, '0002-cafe.md')), unreadable)).toBe(0);
  // The new record does not take the unreadable file's number either.
  expect((await readdir(folder)).filter((f) => f.endsWith('.md')).sort()).toEqual([
    '0001-use-postgres.md',
    '0002-cafe.md',
    '0003-use-redis.md',
  ]);
  expect(await readFile(path.join(folder, '0001-use-postgres.md'), 'utf8')).toContain('We need a relational database.');
});

const legacy = base.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-legacy-'));
    // A workspace.json from a newer Tradeoff Atlas: it cannot be migrated, so it stays and the host says so once.
    await writeFile(path.join(dir, 'workspace.json'), '{"schemaVersion": 99}');
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

legacy('what opening the folder did is said once, in a banner that can be dismissed', async ({ page, folder }) => {
  const notice = page.getByRole('status').filter({ hasText: 'workspace.json' });
  await expect(notice).toContainText('newer version');
  await expect(page.getByRole('navigation', { name: 'Sections' })).toContainText(folder);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await openDecisions(page);
  await expect(notice).toHaveCount(0);
  expect(await readFile(path.join(folder, 'workspace.json'), 'utf8')).toBe('{"schemaVersion": 99}');
});

test('a second process on the same workspace is refused with a message', async ({ host }) => {
  await expect(startHost(host.workspace)).rejects.toThrow(/in use|locked|another/i);
});
