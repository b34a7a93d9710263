// The tradeoff matrix in Chromium: six rows, evidence behind a click, the keyboard path and the table equivalent.
import { test, expect } from './fixtures.ts';

test('the matrix shows the six tradeoffs and a cell click lists its evidence with links', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Tradeoffs' }).click();
  const grid = page.getByRole('grid');
  await expect(grid.getByRole('rowheader')).toHaveCount(6);
  await grid.locator('[data-key="T2~hpo"]').click();
  await expect(page).toHaveURL(/#\/tradeoffs\/matrix\/T2~hpo$/);
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  await expect(evidence.getByText('hyperparameter', { exact: true })).toBeVisible();
  await evidence.getByRole('link', { name: /Speed vs Accuracy/ }).click();
  await expect(page.getByRole('region', { name: 'Entry detail' }).getByRole('heading', { level: 1 })).toHaveText(
    'Speed vs Accuracy',
  );
});

test('challenge columns, arrow-key movement and the table equivalent', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/tradeoffs/matrix/T1~model-drift');
  const evidence = page.getByRole('complementary', { name: 'Evidence' });
  for (const paper of ['LR18', 'LR20'])
    await expect(evidence.getByRole('link', { name: new RegExp(paper) }).first()).toBeVisible();
  await page.getByRole('grid').locator('[data-key="T1~model-drift"]').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/T2~model-drift$/);
  await page.getByRole('radio', { name: 'Challenges' }).click();
  await expect(page.getByRole('grid').locator('[data-key^="T6~"]')).toHaveCount(54);
  await page.getByLabel('Show as table').check();
  await expect(page.getByRole('table')).toContainText('CM12');
});

test('the matrix exports as SVG', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/tradeoffs/matrix');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/\.svg$/);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await svg.path())!, 'utf8')).toContain('Scalability');
});
