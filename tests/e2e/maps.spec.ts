// Both maps in Chromium: clicking a stage, an arrow or the loop opens it; the keyboard and table paths work.
import { test, expect } from './fixtures.ts';

test('the stage map shows the 11 stages, 13 arrows and the loop; clicking opens them', async ({ page }) => {
  await page.getByRole('link', { name: /Maps/ }).click();
  const map = page.getByRole('group', { name: /stage interdependenc/i });
  await expect(map.locator('g.node')).toHaveCount(11);
  await expect(map.locator('g.edge')).toHaveCount(13);
  const panel = page.getByRole('complementary', { name: 'Selected entry' });

  await map.getByRole('button', { name: /^Model Training: / }).click();
  await expect(page).toHaveURL(/#\/maps\/stages\/model-training$/);
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Model Training');

  await map.getByRole('button', { name: /^IM07: / }).click();
  await expect(page).toHaveURL(/IM07$/);
  await expect(panel.getByRole('heading', { level: 1 })).toContainText('Model Training → Model Deployment');

  // The loop is a long curve: a user clicks its label.
  await map
    .getByRole('button', { name: /^Repetitive Maintenance/i })
    .getByText('maintenance', { exact: true })
    .click();
  await expect(panel.getByRole('heading', { level: 1 })).toContainText('Repetitive Maintenance');

  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page).toHaveURL(/IM07$/);
});

test('the stage map is usable by keyboard and as a table', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/maps/stages');
  const first = page
    .getByRole('group', { name: /stage interdependenc/i })
    .getByRole('button')
    .first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/maps\/stages\/[A-Za-z0-9-]+$/);
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table').filter({ hasText: 'IM13' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: /IM\d\d/ })).toHaveCount(13);
});

test('the scalability triangle links the three areas with IS01–IS03', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/maps/triangle');
  const map = page.getByRole('group', { name: /scalability triangle/i });
  await expect(map.locator('g.node')).toHaveCount(3);
  await expect(map.locator('g.edge')).toHaveCount(3);
  await map.getByRole('button', { name: /^IS02: / }).click();
  const panel = page.getByRole('complementary', { name: 'Selected entry' });
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Data Engineering ↔ Current Ecosystem');
  await map.getByRole('button', { name: /^Model Engineering: / }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Model Engineering');
});

test('the stage map exports as a standalone SVG and as a PNG', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/maps/stages');
  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  expect(svg.suggestedFilename()).toMatch(/stage-interdependencies.*\.svg$/);
  const { readFile } = await import('node:fs/promises');
  const text = await readFile((await svg.path())!, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('IM07');
  expect(text).not.toContain('var(--');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  const bytes = await readFile((await png.path())!);
  expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
});
