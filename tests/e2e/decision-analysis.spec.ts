// A decision made from an analysis: inconsistent AHP asks before deciding, and a decision whose analysis was edited
// afterwards to lead with another option says so, in the record and in `lint`.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, '../../dist/cli/tradeoff-atlas.js');

async function startExample(page: Page): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/tradeoffs/analyses');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.getByText('All changes saved')).toBeVisible();
}

test('deciding on inconsistent AHP judgements (CR > 0.10) asks first, and Cancel decides nothing', async ({ page }) => {
  await startExample(page);
  await page.getByLabel('Use AHP weights').check();
  // A cycle: the first criterion beats the second, the second the third, the third the first, each extremely.
  const pairs = page.locator('ol.pairs').getByRole('group', { name: / vs / });
  await expect(pairs).toHaveCount(3);
  await pairs.nth(0).getByRole('radio').first().check();
  await pairs.nth(1).getByRole('radio').last().check();
  await pairs.nth(2).getByRole('radio').first().check();

  const analysisUrl = page.url();
  await page.getByRole('button', { name: 'Create decision' }).click();
  const confirm = page.getByRole('alertdialog');
  await expect(confirm).toContainText(/consistency ratio \d+\.\d\d, above 0\.10/);
  await expect(confirm.getByRole('button', { name: 'Create anyway' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  expect(page.url()).toBe(analysisUrl);

  await page.getByRole('button', { name: 'Create decision' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Create anyway' }).click();
  await expect(page).toHaveURL(/#\/decisions\/[\w.-]+\.md$/);
  await expect(page.locator('#decision-title')).toHaveValue('Batch retraining vs online learning');
});

test('a decision whose analysis now ranks another option first says so, and lint warns', async ({ page, host }) => {
  await startExample(page);
  await page.getByRole('button', { name: 'Create decision' }).click();
  await expect(page).toHaveURL(/#\/decisions\/[\w.-]+\.md$/);
  await expect(page.getByText('which still ranks the chosen option first')).toBeVisible();

  // Weighting operating effort at 80 puts nightly batch retraining ahead of the chosen hybrid.
  await page.getByRole('link', { name: 'Batch retraining vs online learning' }).click();
  await page.getByRole('spinbutton', { name: 'Weight of Operating effort' }).fill('80');
  const scores = page.getByRole('table').filter({ has: page.getByText('Scores out of 100, best first') });
  await expect(scores.getByRole('row').nth(1)).toContainText('Nightly batch retraining');
  // Saved to disk before lint reads it ("Saved" as a substring also matches "Unsaved changes").
  await expect(page.getByText('All changes saved')).toBeVisible();

  await page.goBack();
  const notice = page.getByRole('status').filter({ hasText: 'Revisit this decision' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Open the analysis' })).toBeVisible();

  const { stdout } = await run(process.execPath, [cli, 'lint', host.workspace, '--format', 'json']).catch(
    (e: { stdout: string }) => e,
  );
  const messages = JSON.parse(stdout) as { rule: string; message: string }[];
  expect(messages.filter((m) => m.rule === 'analysis-disagrees')).toHaveLength(1);
});
