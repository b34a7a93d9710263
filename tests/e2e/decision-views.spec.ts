// The decision log drawn: coverage on the stage map and the timeline, each reachable by keyboard with a table.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const record = (date: string, title: string, body: string, extra = '') =>
  `---\nstatus: accepted\ndate: ${date}\n${extra}---\n# ${title}\n\n## Context and Problem Statement\n\n${body}\n`;

const withLog = test.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-views-'));
    await writeFile(
      path.join(dir, '0001-detect-drift.md'),
      record('2024-02-10', 'Detect drift', 'Drift [@CM12] [@SM13].'),
    );
    await writeFile(
      path.join(dir, '0002-keep-datasets.md'),
      record('2024-05-02', 'Keep datasets', 'Datasets [@CM10].').replace('status: accepted', 'status: superseded'),
    );
    await writeFile(
      path.join(dir, '0003-managed-store.md'),
      record('2025-03-20', 'Managed store', 'Datasets [@CM10] [@CM11].', 'supersedes: 2\n'),
    );
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

withLog('coverage shades the stage map from the decisions and traces one downstream', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Maps' }).click();
  await page.getByRole('navigation', { name: 'Maps' }).getByRole('link', { name: 'Decision coverage' }).click();
  const map = page.getByRole('group', { name: 'Decision coverage on the stage map' });
  await expect(map.getByRole('button', { name: 'Model Drift: 2 of 3 addressed' })).toBeVisible();
  await expect(map.getByRole('button', { name: 'Data Management: 2 of 2 addressed' })).toBeVisible();
  await expect(map.locator('.cover.shade-4 [data-id="data-management"]')).toHaveCount(1);
  await expect(map.locator('.cover.shade-0 [data-id="hpo"]')).toHaveCount(1);

  await page.getByLabel('Trace a decision').selectOption({ label: 'ADR-0001 Detect drift' });
  await expect(map.getByRole('button', { name: 'Model Drift: 2 of 3 addressed; the decision cites it' })).toBeVisible();
  await expect(map.getByRole('button', { name: /^Model Testing: .*; affected downstream$/ })).toBeVisible();

  // Keyboard: a stage takes focus and Enter lists its decision debt.
  await map.getByRole('button', { name: /^Model Drift/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Decision debt: Model Drift' })).toContainText('CM14');
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: 'Decision coverage by stage' });
  await expect(table.getByRole('row', { name: /Model Drift 2 3 CM14 cites it/ })).toBeVisible();
});

withLog('the timeline is reachable by keyboard, draws the supersede chain, and reads as a table', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Maps' }).click();
  await page.getByRole('navigation', { name: 'Maps' }).getByRole('link', { name: 'Decision timeline' }).click();
  const chart = page.getByRole('group', { name: 'Decision timeline' });
  const records = chart.getByRole('button');
  await expect(records).toHaveCount(3);
  await expect(chart.locator('path.chain')).toHaveCount(1);
  await records.first().focus();
  await page.keyboard.press('Tab');
  await expect(chart.getByRole('button', { name: '2. Keep datasets: 2024-05-02, superseded' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Selected entry' })).toContainText('2. Keep datasets');
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: /Decision timeline/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(table.getByRole('row', { name: /2025-03-20 3\. Managed store accepted 2/ })).toBeVisible();
});
