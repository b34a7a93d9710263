// axe-core on every screen in both colour schemes: no serious or critical violation, with a workspace empty and full.
import type { Page } from '@playwright/test';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { editIntoConflict, onCorpus, openDecisions } from './folders.ts';
import { withLog } from './decision-log.ts';

// The app's Content-Security-Policy forbids injected scripts, rightly; axe is the test's own.
test.use({ bypassCSP: true });

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + hash);
}

/** The views drawn from a decision log, reached in a workspace that has one. */
const decisionLogScreens: [string, (page: Page) => Promise<void>][] = [
  ['the decision coverage map', (p) => go(p, '#/maps/coverage/model-drift')],
  ['the decision timeline and a record', (p) => go(p, '#/maps/timeline/0003-managed-store.md')],
  ['the decision graph and a record', (p) => go(p, '#/maps/graph/0003-managed-store.md')],
  [
    'the decision graph as a table',
    async (p) => {
      await go(p, '#/maps/graph');
      await p.getByRole('button', { name: 'Show as table' }).click();
    },
  ],
  [
    'a record’s preview with a mermaid diagram',
    async (p) => {
      await go(p, '#/decisions/0001-detect-drift.md');
      await p.getByRole('tab', { name: 'Markdown preview' }).click();
      await expect(p.getByRole('img', { name: /Diagram: graph LR/ }).locator('svg')).toBeVisible({ timeout: 15_000 });
    },
  ],
];

/** Each screen as a user reaches it: a deep link, then whatever a first look involves. */
const catalogueScreens: [string, (page: Page) => Promise<void>][] = [
  ['the challenge list and a challenge', (p) => go(p, '#/catalog/kind/challenge/CM12')],
  ['a solution', (p) => go(p, '#/entry/SM12')],
  ['a paper', (p) => go(p, '#/entry/LR18')],
  ['a tradeoff', (p) => go(p, '#/entry/T1')],
  ['a strategy', (p) => go(p, '#/entry/ST01')],
  ['a stage', (p) => go(p, '#/catalog/stage/model-drift')],
  ['a research question', (p) => go(p, '#/catalog/rq/RQ9')],
  ['the stage map', (p) => go(p, '#/maps/stages/IM07')],
  ['the scalability triangle', (p) => go(p, '#/maps/triangle/IS01')],
  ['papers by year and a year', (p) => go(p, '#/maps/papers/2019')],
  [
    'papers by year as a table',
    async (p) => {
      await go(p, '#/maps/papers');
      await p.getByRole('button', { name: 'Show as table' }).click();
    },
  ],
  ['the matrix and a cell', (p) => go(p, '#/tradeoffs/matrix/T2~hpo')],
  [
    'the matrix by challenge as a table',
    async (p) => {
      await go(p, '#/tradeoffs/matrix');
      await p.getByRole('radio', { name: 'Challenges' }).click();
      await p.getByLabel('Show as table').check();
    },
  ],
  ['no analyses yet', (p) => go(p, '#/tradeoffs/analyses')],
  [
    'the example analysis',
    async (p) => {
      await go(p, '#/tradeoffs/analyses');
      await p.getByRole('button', { name: 'Start from an example' }).click();
      await expect(p.getByRole('table').filter({ hasText: 'Scores out of 100' })).toBeVisible();
    },
  ],
  ['no decisions yet', (p) => go(p, '#/decisions')],
  [
    'a new decision',
    async (p) => {
      await go(p, '#/decisions');
      await p.getByRole('button', { name: 'Start from an example' }).click();
      await expect(p.locator('#decision-title')).toBeVisible();
    },
  ],
  [
    'the command palette',
    async (p) => {
      await p.keyboard.press('Control+k');
      await p.keyboard.type('drift');
      await expect(p.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toBeVisible();
    },
  ],
  [
    'search results',
    async (p) => {
      await p.getByRole('combobox', { name: 'Search' }).fill('drift');
      await expect(p.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    },
  ],
  [
    'the keyboard shortcuts',
    async (p) => {
      await p.locator('body').press('?');
      await expect(p.getByRole('dialog')).toBeVisible();
    },
  ],
  [
    'the challenges in bands beside the folded guide',
    async (p) => {
      await go(p, '#/tradeoffs/matrix');
      await p.getByRole('radio', { name: 'Challenges' }).click();
      await p.getByRole('button', { name: 'Reading the matrix' }).click();
      await expect(p.getByRole('button', { name: 'Reading the matrix' })).toHaveAttribute('aria-expanded', 'false');
    },
  ],
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [name, reach] of catalogueScreens) {
    test(`${name} passes axe in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await reach(page);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  for (const [name, reach] of decisionLogScreens) {
    withLog(`${name} passes axe in the ${colorScheme} scheme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await reach(page);
      await page.waitForLoadState('networkidle');
      await expect(
        page.locator('[role="group"] [data-id], table.map-table, .mermaid-diagram svg').first(),
      ).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }

  onCorpus(
    `the decisions of a real ADR folder and the conflict view pass axe in the ${colorScheme} scheme`,
    async ({ page, folder }) => {
      await page.emulateMedia({ colorScheme });
      await openDecisions(page);
      await page.getByRole('listbox', { name: 'Decision records' }).getByText('Partly superseded').first().click();
      expect(await seriousViolations(page)).toEqual([]);
      await editIntoConflict(page, folder);
      expect(await seriousViolations(page)).toEqual([]);
    },
  );

  test(`the search results and the palette's matches pass axe in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await go(page, '#/decisions');
    await page.getByRole('combobox', { name: 'Search' }).fill('drift');
    await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first()).toBeVisible();
    const inDecisions = await seriousViolations(page);
    await go(page, '#/catalog/kind/challenge/CM12');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('drift');
    await expect(page.getByRole('dialog', { name: 'Command palette' }).getByRole('option').first()).toBeVisible();
    const inCatalogue = await seriousViolations(page);
    expect([...inDecisions, ...inCatalogue]).toEqual([]);
  });
}
