// A record's dates in the user's locale: picked in the browser's date input, written as YYYY-MM-DD, shown in the header
// as the locale writes them; a date a file writes another way is kept byte for byte until the user replaces it.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

// axe's script is injected into the page, which the app's CSP would refuse.
test.use({ bypassCSP: true });

/** The header's form of a day, from the page's own locale. */
const localeDay = (page: Page, iso: string) =>
  page.evaluate(
    (day) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(day)),
    `${iso}T00:00:00Z`,
  );

test('a date picked in the date input is written as ISO and shown in the locale form', async ({ page, host }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: '+ New', exact: true }).click();
  await page.getByLabel('Title of the new decision').fill('Use batch retraining');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  const date = page.getByLabel('Date', { exact: true });
  await expect(date).toHaveAttribute('type', 'date');
  await date.fill('2024-05-01');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const [file] = (await readdir(host.workspace)).filter((f) => f.endsWith('.md'));
  await expect.poll(() => readFile(path.join(host.workspace, file!), 'utf8')).toMatch(/^date: 2024-05-01$/m);
  await expect(page.locator('header .kicker')).toContainText(await localeDay(page, '2024-05-01'));
  await expect(page.locator('header .kicker')).not.toContainText('2024-05-01');
});

const nygard = '# 1. Record decisions\n\nDate: June 2019\n\n## Status\n\nAccepted\n\n## Context\n\nc\n';

const withFreeTextDate = test.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-dates-'));
    await writeFile(path.join(dir, '0001-record-decisions.md'), nygard);
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

withFreeTextDate('a date written another way stays as written until the user picks a day', async ({ page, folder }) => {
  const file = path.join(folder, '0001-record-decisions.md');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('listbox', { name: 'Decision records' }).getByText('Record decisions').click();
  const date = page.getByLabel('Date', { exact: true });
  await expect(date).toHaveValue('June 2019');
  await expect(date).not.toHaveAttribute('type', 'date');
  await expect(page.getByText('Kept as the file writes it')).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(nygard);
  // The text field, its hint and its action are a state of the editor no other spec reaches: axe checks it here.
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'Pick a date instead' }).click();
  await expect(date).toHaveAttribute('type', 'date');
  await expect(date).toBeFocused();
  await expect(page.getByText('Replaces “June 2019” once you pick a day.')).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(nygard);
  await date.fill('2019-06-15');
  await expect.poll(() => readFile(file, 'utf8')).toBe(nygard.replace('June 2019', '2019-06-15'));
});

test('the dates a page showed are remembered per locale and browser, so the next start formats none', async ({
  page,
}) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: '+ New', exact: true }).click();
  await page.getByLabel('Title of the new decision').fill('Use batch retraining');
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await page.getByLabel('Date', { exact: true }).fill('2024-05-01');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const shown = await localeDay(page, '2024-05-01');
  const row = page.locator('#decision-list [role="option"] .date').first();
  await expect(row).toHaveText(shown);
  // Kept once the page's dates have settled.
  const kept = () => page.evaluate(() => localStorage.getItem('atlas:shown-dates') ?? '');
  await expect.poll(kept, { timeout: 10_000 }).toContain('2024-05-01');
  expect(JSON.parse(await kept()).dates['2024-05-01']).toBe(shown);

  // The next start shows what was kept, without formatting the date again: a kept text marked by hand shows as such.
  await page.evaluate(() => {
    const kept = JSON.parse(localStorage.getItem('atlas:shown-dates')!);
    kept.dates['2024-05-01'] = 'kept text';
    localStorage.setItem('atlas:shown-dates', JSON.stringify(kept));
  });
  await page.reload();
  await expect(row).toHaveText('kept text');
  // Kept by another locale or browser, it is formatted anew.
  await page.evaluate(() => {
    const kept = JSON.parse(localStorage.getItem('atlas:shown-dates')!);
    localStorage.setItem('atlas:shown-dates', JSON.stringify({ ...kept, by: 'another browser' }));
  });
  await page.reload();
  await expect(row).toHaveText(shown);
});
