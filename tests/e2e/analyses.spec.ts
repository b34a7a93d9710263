// An analysis in Chromium: build it, watch the scores follow a weight, and turn it into a decision with citations.
import { test, expect } from './fixtures.ts';

test('build an analysis, change a weight, create the decision and find it in the log', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/tradeoffs/analyses');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  const scores = page.getByRole('table').filter({ has: page.getByText('Scores out of 100, best first') });
  // Example weights 40/35/25; hybrid = 0.4·1 + 0.35·0.75 + 0.25·0.25 = 0.725.
  await expect(scores.getByRole('row').nth(1)).toContainText('Hybrid: online updates, weekly rebuild');
  await expect(scores.getByRole('row').nth(1)).toContainText('72.5');

  // Weighting operating effort at 80 puts batch first: weights 40/35/80 → batch 0.694, hybrid 0.556.
  const effort = page.getByRole('spinbutton', { name: 'Weight of Operating effort' });
  await effort.fill('80');
  await expect(scores.getByRole('row').nth(1)).toContainText('Nightly batch retraining');
  await expect(scores.getByRole('row').nth(1)).toContainText('69.4');
  await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Create decision' }).click();
  await expect(page).toHaveURL(/#\/decisions\/[\w.-]+\.md$/);
  await expect(page.locator('#decision-title')).toHaveValue('Batch retraining vs online learning');
  const cited = page.getByRole('region', { name: /Cited entries/ });
  await expect(cited).toContainText('T2');
  await expect(cited).toContainText('T6');
  await expect(page.getByLabel('Chosen option')).toHaveValue(/.+/);
  await expect(page.getByLabel('Chosen option').locator('option:checked')).toHaveText('Nightly batch retraining');

  const records = page.getByRole('listbox', { name: 'Decision records' });
  await expect(records).toContainText('ADR-0001');
  await expect(records).toContainText('Batch retraining vs online learning');
  await page.getByRole('combobox', { name: 'Search' }).fill('batch retraining');
  await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toContainText(
    'Batch retraining vs online learning',
  );

  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('batch retraining vs online');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await palette.getByRole('option', { name: /Batch retraining vs online learning.*Analysis/ }).click();
  await expect(page).toHaveURL(/#\/tradeoffs\/analyses\/[\w-]+$/);
});

test('a section link scrolls the editor to the section and leaves the app where it is', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/tradeoffs/analyses');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await page.getByRole('navigation', { name: 'Sections of this analysis' }).getByRole('link', { name: 'AHP' }).click();
  await expect(page.getByRole('heading', { name: 'AHP pairwise weights' })).toBeInViewport();
  // The window itself never scrolls: the sidebar and the top bar stay in place.
  expect(
    await page.evaluate(() => [window.scrollY, document.documentElement.scrollTop, document.body.scrollTop]),
  ).toEqual([0, 0, 0]);
  await expect(page.getByRole('button', { name: /^Commands/ })).toBeInViewport();
});
