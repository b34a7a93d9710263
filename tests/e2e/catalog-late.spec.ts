// A page opened on the Decisions screen shows its list before the catalogue is parsed: what shows catalogue entries
// there (the cited-entry menu, the search box, the other screens) fills in once it has arrived, and nothing breaks.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generatedLog } from '../bench/generated-log.ts';
import { test as base, expect } from './fixtures.ts';

const cm12Title = 'Models becoming inaccurate due to data distribution changes';

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-catalog-late-'));
    await Promise.all(generatedLog(30).map((d) => writeFile(path.join(dir, d.id), d.markdown)));
    await use(dir);
  },
});

/** Holds the catalogue's file back until the returned function is called. */
async function holdCatalogue(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/catalog.json', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('the list shows while the catalogue is on its way, and its entries fill in once it arrives', async ({
  page,
  host,
}) => {
  const release = await holdCatalogue(page);
  await page.goto(`${host.origin}/#/decisions`);
  await page.reload();
  const list = page.getByRole('listbox', { name: 'Decision records' });
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '30');
  const cited = page.getByRole('combobox', { name: 'Cited entry' });
  await expect(cited.locator('option[value="CM12"]')).toHaveText(/^CM12\s+·\s+30$/);
  // Opened before the catalogue, the record waits for it rather than showing its citations without their entries.
  await list.getByRole('option').first().click();
  await expect(page.getByRole('status').filter({ hasText: /^Opening / })).toBeVisible();

  release();
  await expect(cited.locator('option[value="CM12"]')).toHaveText(`CM12 ${cm12Title} · 30`);
  await expect(page.locator('#decision-title')).toBeVisible();
  await page.getByRole('combobox', { name: 'Search' }).fill('concept drift');
  await expect(page.locator('#search-results').getByText(cm12Title).first()).toBeVisible();
});

test('a screen chosen before the catalogue has arrived says it is loading, then shows', async ({ page, host }) => {
  const release = await holdCatalogue(page);
  await page.goto(`${host.origin}/#/decisions`);
  await page.reload();
  await expect(page.getByRole('listbox', { name: 'Decision records' }).getByRole('option').first()).toBeVisible();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Loading the catalogue…' })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { name: 'The research catalogue' })).toBeVisible();
});
