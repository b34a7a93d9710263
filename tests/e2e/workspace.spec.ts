// The workspace on disk: an unreadable file is moved aside, the user is told, and the newest backup restores the work.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.ts';
import { startHost } from './web-host.ts';

test('a corrupt workspace file is moved aside and the newest backup can be restored', async ({
  page,
  host,
  browser,
}) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.goto('about:blank');
  await host.stop();

  // Reopening takes a backup of the good file; then the file is damaged while no one has it open.
  const second = await startHost(host.workspace);
  await second.stop();
  const file = path.join(host.workspace, 'workspace.json');
  await writeFile(file, '{"schemaVersion": 2, "decisions": [ truncated');

  const third = await startHost(host.workspace);
  try {
    const fresh = await browser.newPage();
    await fresh.goto(third.url);
    const banner = fresh.getByRole('alert').filter({ hasText: 'could not be read' });
    await expect(banner).toBeVisible();
    const moved = (await readdir(host.workspace)).find((f) => f.startsWith('workspace.corrupt-'));
    expect(moved).toBeDefined();
    expect(await readFile(path.join(host.workspace, moved!), 'utf8')).toContain('truncated');
    await banner.getByRole('button', { name: 'Restore newest backup' }).click();
    await fresh.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
    await expect(fresh.getByRole('listbox', { name: 'Decision records' })).toContainText('Use a feature store');
    await expect(fresh.getByRole('alert').filter({ hasText: 'could not be read' })).toHaveCount(0);
    await fresh.close();
  } finally {
    await third.stop();
  }
});

test('a second process on the same workspace is refused with a message', async ({ host }) => {
  await expect(startHost(host.workspace)).rejects.toThrow(/in use|locked|another/i);
});
