// Weighing an analysis as a team in Chromium: two judges rate, the group's ranking and the disagreement heatmap appear,
// each judge's ratings land in their own file, and the decision names both.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { test, expect } from './fixtures.ts';

// The app's Content-Security-Policy forbids injected scripts, rightly; axe is the test's own.
test.use({ bypassCSP: true });

async function exampleWithJudges(page: Page, names: string[]): Promise<string> {
  await page.goto(page.url().replace(/#.*$/, '') + '#/tradeoffs/analyses');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page).toHaveURL(/#\/tradeoffs\/analyses\/[\w-]+$/);
  for (const name of names) {
    await page.getByLabel('New judge').fill(name);
    await page.getByRole('button', { name: 'Add judge' }).click();
    await expect(page.getByRole('textbox', { name: `Name of judge ${name}` })).toBeVisible();
  }
  return page.url().split('/').at(-1)!;
}

test('two judges rate an analysis; the group ranking, the heatmap and a decision naming both follow', async ({
  page,
  host,
}) => {
  const analysisId = await exampleWithJudges(page, ['Ann Lee', 'Ben Okafor']);
  // The last judge added is the one rating; both start from the example's ratings.
  const ratingAs = page.locator('#rating-as');
  await expect(ratingAs).toHaveValue('ben-okafor');
  // Ben sees online learning as cheap to run and the hybrid as less accurate: his order reverses Ann's.
  await page.getByRole('combobox', { name: 'Online learning on Operating effort' }).selectOption('1');
  await page
    .getByRole('combobox', { name: /^Hybrid: online updates, weekly rebuild on / })
    .first()
    .selectOption('2');

  const team = page.getByRole('region', { name: /Team: each judge beside the group/ });
  // Ann: hybrid 72.5, batch 66.3, online 61.3. Ben: online 80, batch 66.3, hybrid 42.5. Rank sums all 4: W = 0.
  await expect(team).toContainText("Kendall's W 0.00");
  await expect(team).toContainText('little or no agreement on the order');
  const ranking = team.getByRole('table').filter({ hasText: 'Ann Lee' }).first();
  // Group: online effort (4 + 1)/2 = 2.5 → 0.2 + 0.35 + 0.25·0.625 = 70.6; hybrid accuracy 3.5 → 57.5.
  await expect(ranking.getByRole('row').nth(1)).toContainText('Online learning');
  await expect(ranking.getByRole('row').nth(1)).toContainText('70.6');
  await expect(ranking.getByRole('row').nth(3)).toContainText('Hybrid');
  await expect(ranking.getByRole('columnheader')).toContainText(['Option', 'Group', 'Ann Lee', 'Ben Okafor']);

  // The results above are the group's too.
  const scores = page.getByRole('table').filter({ has: page.getByText('Scores out of 100, best first') });
  await expect(scores.getByRole('row').nth(1)).toContainText('Online learning');

  const heatmap = team.getByRole('grid', { name: /Disagreement between the judges/ });
  await expect(heatmap).toBeVisible();
  const cell = heatmap.getByRole('gridcell', {
    name: 'Online learning on Operating effort: standard deviation 1.50; Ann Lee 4, Ben Okafor 1',
  });
  await expect(cell).toBeVisible();
  // Keyboard path: from the first cell, arrows walk the grid and the caption reads the cell out.
  await heatmap.getByRole('gridcell').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(cell).toBeFocused();
  await expect(team.locator('.focused')).toContainText('Online learning on Operating effort: standard deviation 1.50');
  await team.getByText('Show as a table').last().click();
  await expect(team.getByRole('table').last()).toContainText('1.50');
  await expect(team.getByRole('button', { name: 'Export SVG' })).toBeEnabled();

  // Each judge's ratings are a file of their own beside the analysis.
  const judges = path.join(host.workspace, '.tradeoff-atlas', 'analyses', analysisId, 'judges');
  await expect.poll(async () => (await readdir(judges)).sort()).toEqual(['ann-lee.json', 'ben-okafor.json']);
  await expect
    .poll(async () => JSON.parse(await readFile(path.join(judges, 'ben-okafor.json'), 'utf8')).ratings.online.effort)
    .toBe(1);

  await page.getByRole('button', { name: 'Create decision' }).click();
  await expect(page).toHaveURL(/#\/decisions\/[\w.-]+\.md$/);
  await expect(page.locator('#decision-makers')).toHaveValue('Ann Lee, Ben Okafor');
  await expect(page.locator('#more-information')).toHaveValue(
    /Weighed by 2 judges: Ann Lee \(weight 50%\), Ben Okafor/,
  );
  await expect(page.locator('#more-information')).toHaveValue(/Kendall’s W = 0\.00/);
  await expect(page.getByLabel('Chosen option').locator('option:checked')).toHaveText('Online learning');
});

test('a judge file arriving by git pull appears in the open analysis; the team view passes axe in both schemes', async ({
  page,
  host,
}) => {
  const analysisId = await exampleWithJudges(page, ['Ann Lee']);
  const team = page.getByRole('region', { name: /Team: each judge beside the group/ });
  await expect(team).toContainText("Kendall's W —");
  // A teammate's file, as git would write it: Cy rates online learning's accuracy 1 where Ann gave 3.
  const ann = JSON.parse(
    await readFile(
      path.join(host.workspace, '.tradeoff-atlas', 'analyses', analysisId, 'judges', 'ann-lee.json'),
      'utf8',
    ),
  );
  const cy = {
    ...ann,
    id: 'cy',
    name: 'Cy',
    ratings: { ...ann.ratings, online: { ...ann.ratings.online, accuracy: 1 } },
  };
  await writeFile(
    path.join(host.workspace, '.tradeoff-atlas', 'analyses', analysisId, 'judges', 'cy.json'),
    `${JSON.stringify(cy, null, 2)}\n`,
  );
  await expect(page.getByRole('textbox', { name: 'Name of judge Cy' })).toBeVisible({ timeout: 15_000 });
  await expect(team.getByRole('columnheader', { name: 'Cy', exact: true })).toBeVisible();
  // 3 and 1 around 2: SD 1.
  await expect(
    team.getByRole('gridcell', { name: /^Online learning on Accuracy.*standard deviation 1\.00/ }),
  ).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await seriousViolations(page)).toEqual([]);
  }
});
