// The decision log drawn: coverage on the stage map, the timeline and the graph, each reachable by keyboard with a
// table; and the catalogue's papers by year.
import { readFile } from 'node:fs/promises';
import { expect } from './fixtures.ts';
import { withLog } from './decision-log.ts';

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
  await expect(chart.getByRole('button', { name: '2. Keep datasets · superseded, 2024-05-02' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Selected entry' })).toContainText('2. Keep datasets');
  await page.getByRole('button', { name: 'Show as table' }).click();
  const table = page.getByRole('table', { name: /Decision timeline/ });
  await expect(table.getByRole('row')).toHaveCount(4);
  // The table shows dates in the page's locale, as every header and list does.
  const day = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 20)),
  );
  await expect(table.getByRole('row', { name: `${day} 3. Managed store accepted 2` })).toBeVisible();
});

withLog(
  'the graph links records to what they cite, moves focus by arrow keys, filters, and reads as a table',
  async ({ page }) => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Maps' }).click();
    await page.getByRole('navigation', { name: 'Maps' }).getByRole('link', { name: 'Decision graph' }).click();
    const graph = page.getByRole('group', { name: 'Decision graph' });
    await expect(graph.getByRole('button')).toHaveCount(3 + 4);
    await expect(graph.locator('line.supersedes')).toHaveCount(1);
    await expect(graph.locator('line.amends')).toHaveCount(1);
    await expect(graph.locator('line.cites')).toHaveCount(5);

    // One Tab stop: Tab from the last filter lands on a node, arrows move along, Enter shows it beside the graph.
    await page.getByLabel('Tag').focus();
    await page.keyboard.press('Tab');
    const focused = graph.locator('[data-id]:focus');
    await expect(focused).toHaveCount(1);
    const first = await focused.getAttribute('data-id');
    await page.keyboard.press('End');
    await expect(focused).not.toHaveAttribute('data-id', first!);
    await page.keyboard.press('Home');
    await expect(focused).toHaveAttribute('data-id', first!);
    await graph.getByRole('button', { name: /^CM11: / }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Selected entry' })).toContainText('CM11');
    await graph.getByRole('button', { name: /^ADR-0003 Managed store/ }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Selected entry' })).toContainText('3. Managed store');
    await expect(
      page.getByRole('complementary', { name: 'Selected entry' }).getByRole('link', { name: 'Open the decision →' }),
    ).toBeVisible();

    await page.getByLabel('Tag').selectOption('monitoring');
    await expect(graph.getByRole('button')).toHaveCount(1 + 2);
    await page.getByLabel('Tag').selectOption('');
    await expect(graph.getByRole('button')).toHaveCount(3 + 4);
    const [svg] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(svg.suggestedFilename()).toMatch(/decision-graph.*\.svg$/);
    const exported = await readFile((await svg.path())!, 'utf8');
    expect(exported).toContain('ADR-0003');
    expect(exported).not.toContain('var(--');
    const [png] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect([...(await readFile((await png.path())!)).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await page.getByRole('button', { name: 'Show as table' }).click();
    const table = page.getByRole('table', { name: /Decision graph/ });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('row', { name: /Managed store.*CM10, CM11 ADR-0002 ADR-0001/ })).toBeVisible();
  },
);

withLog(
  'papers by year: a bar a year, LR89 apart, a bar opening its papers by keyboard, and a table',
  async ({ page }) => {
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Maps' }).click();
    await page.getByRole('navigation', { name: 'Maps' }).getByRole('link', { name: 'Papers by year' }).click();
    const chart = page.getByRole('group', { name: 'Papers by year' });
    await expect(chart.getByRole('button')).toHaveCount(8);
    await expect(chart.getByRole('button').last()).toHaveAccessibleName('No year: 1 paper');
    await chart.getByRole('button', { name: '2019: 22 papers' }).focus();
    await page.keyboard.press('Enter');
    const detail = page.getByRole('complementary', { name: 'Selected entry' });
    await expect(detail.getByRole('heading', { name: '2019: 22 papers' })).toBeVisible();
    await expect(detail.getByRole('listitem')).toHaveCount(22);
    await detail.getByRole('link', { name: /^LR1 / }).click();
    await expect(page).toHaveURL(/LR1$/);
    await page.goBack();
    await page.getByRole('button', { name: 'Show as table' }).click();
    const table = page.getByRole('table', { name: 'Papers by year' });
    await expect(table.getByRole('row')).toHaveCount(9);
    await expect(table.getByRole('row', { name: /No year 1 LR89/ })).toBeVisible();
  },
);
