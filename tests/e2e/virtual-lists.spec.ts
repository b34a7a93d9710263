// Long lists render only the rows in view, yet keep the keyboard (arrows, Home/End, type-ahead) and what assistive
// technology is told (listbox label, aria-setsize/posinset, the active descendant) — on a log of 2,000 decisions.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { generatedLog } from '../bench/generated-log.ts';
import { test as base, expect } from './fixtures.ts';
import { openDecisions } from './folders.ts';

const count = 2_000;
const log = generatedLog(count);

const test = base.extend({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-virtual-'));
    for (let i = 0; i < log.length; i += 200)
      await Promise.all(log.slice(i, i + 200).map((d) => writeFile(path.join(dir, d.id), d.markdown)));
    await use(dir);
  },
});

/** Opens the Decisions screen once the host has read all 2,000 files (slow on a busy machine). */
async function openLog(page: Page): Promise<Locator> {
  await openDecisions(page);
  const list = page.getByRole('listbox', { name: 'Decision records' });
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(count), { timeout: 60_000 });
  return list;
}

/** The option the listbox names as active, which must be a rendered element. */
async function activeOption(list: Locator, page: Page): Promise<Locator> {
  await expect(list, 'the listbox names an active option').toHaveAttribute('aria-activedescendant', /.+/);
  const id = await list.getAttribute('aria-activedescendant');
  const option = page.locator(`[id="${id}"]`);
  await expect(option).toHaveRole('option');
  return option;
}

test('the decisions listbox renders a window of rows and tells each its place among all', async ({ page }) => {
  const list = await openLog(page);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-posinset', '1');
  const rendered = await list.getByRole('option').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  for (const option of await list.getByRole('option').all())
    await expect(option).toHaveAttribute('aria-setsize', String(count));
  expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3_000);
});

test('arrow keys, Home and End move through all records, the active row always rendered', async ({ page }) => {
  const list = await openLog(page);
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await expect(await activeOption(list, page)).toHaveAttribute('aria-posinset', '1');
  await page.keyboard.press('ArrowDown');
  const second = await activeOption(list, page);
  await expect(second).toHaveAttribute('aria-posinset', '2');
  await expect(second).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(new RegExp(`#/decisions/${log[1]!.id}$`));
  await page.keyboard.press('End');
  const last = await activeOption(list, page);
  await expect(last).toHaveAttribute('aria-posinset', String(count));
  await expect(last).toContainText(log.at(-1)!.title);
  await expect(last).toBeInViewport();
  await page.keyboard.press('Home');
  await expect(await activeOption(list, page)).toHaveAttribute('aria-posinset', '1');
  // A page down moves by the rows in view (more than one, fewer than all) and keeps the new row rendered.
  await page.keyboard.press('PageDown');
  const paged = await activeOption(list, page);
  const pagedTo = Number(await paged.getAttribute('aria-posinset'));
  expect(pagedTo).toBeGreaterThan(2);
  expect(pagedTo).toBeLessThan(count);
  await expect(paged).toBeInViewport();
  await page.keyboard.press('PageUp');
  await expect(await activeOption(list, page)).toHaveAttribute('aria-posinset', '1');
  await expect(page.getByRole('region', { name: 'Decision' }).locator('#decision-title')).toHaveValue(log[0]!.title);
});

test('type-ahead jumps to the next record whose title starts with what was typed', async ({ page }) => {
  const list = await openLog(page);
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Adopt canary', { delay: 20 });
  const expected = log.findIndex((d) => d.title.startsWith('Adopt canary'));
  const option = await activeOption(list, page);
  await expect(option).toHaveAttribute('aria-posinset', String(expected + 1));
  await expect(option).toContainText(log[expected]!.title);
});

test('the active row scrolled out of view is no longer named, and is again when scrolled back', async ({ page }) => {
  const list = await openLog(page);
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await activeOption(list, page);
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await expect(list).not.toHaveAttribute('aria-activedescendant');
  await expect(list.getByRole('option').first()).not.toHaveAttribute('aria-posinset', '1');
  await list.evaluate((el) => (el.scrollTop = 0));
  await expect(await activeOption(list, page)).toHaveAttribute('aria-posinset', '2');
  // Moving on from a row out of view starts where the active row is, and brings it back into view.
  await list.evaluate((el) => (el.scrollTop = el.scrollHeight / 2));
  await page.keyboard.press('ArrowDown');
  const third = await activeOption(list, page);
  await expect(third).toHaveAttribute('aria-posinset', '3');
  await expect(third).toBeInViewport();
});

test('the scroll position survives a visit to another screen', async ({ page }) => {
  const list = await openLog(page);
  await list.evaluate((el) => (el.scrollTop = 20_000));
  // The rows follow the scroll on its event, a frame later: the position is read once they have.
  await expect(list.getByRole('option').first()).not.toHaveAttribute('aria-posinset', '1');
  const firstShown = await list.getByRole('option').first().getAttribute('aria-posinset');
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Catalogue' }).click();
  await openDecisions(page);
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-posinset', firstShown!);
});

test('catalogue options hold no links and the arrow keys move through the entries', async ({ page }) => {
  const list = page.getByRole('listbox', { name: 'Entries' });
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '54');
  await expect(list.getByRole('link')).toHaveCount(0);
  await list.focus();
  await page.keyboard.press('End');
  await expect(await activeOption(list, page)).toContainText('CS13');
  await expect(page).toHaveURL(/#\/catalog\/kind\/challenge\/CS13$/);
  await page.keyboard.press('ArrowUp');
  await expect(await activeOption(list, page)).toHaveAttribute('aria-posinset', '53');
});

test('typing in the filter narrows the rows in place to the matches, each told its place among them', async ({
  page,
}) => {
  const list = await openLog(page);
  const drift = log.filter((d) => d.title.startsWith('Adopt drift detection'));
  const shows = async (expected: typeof log) => {
    await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(expected.length));
    const titles = await list.locator('[role="option"] .title').allTextContents();
    expect(titles).toEqual(expected.slice(0, titles.length).map((d) => d.title));
  };
  const filter = page.getByRole('searchbox', { name: 'Filter decisions by text' });
  // Typed a key at a time: each keystroke narrows the last one's matches, rewriting the rows already there.
  await filter.pressSequentially('drift detection service 13');
  await shows(drift.filter((d) => String(d.number).includes('13')));
  // Taken back to "drift detection service ": the matches widen again.
  await filter.press('Backspace');
  await filter.press('Backspace');
  await shows(drift);
  await filter.fill('');
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', String(count));
  await expect(list.locator('[role="option"] .title').first()).toHaveText(log[0]!.title);
});

test('the search box lists the decisions whose title holds the query first, in list order', async ({ page }) => {
  await openLog(page);
  await page.getByRole('combobox', { name: 'Search' }).pressSequentially('drift detection for service 13');
  const hits = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
  const named = log.filter((d) => d.title.toLowerCase().includes('drift detection for service 13'));
  await expect(hits.first()).toContainText(named[0]!.title);
  await expect(hits.nth(1)).toContainText(named[1]!.title);
});
