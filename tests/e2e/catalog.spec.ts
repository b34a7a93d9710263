// The catalogue in Chromium through the web host: browse, details and links, search, the palette, history.
import { test, expect } from './fixtures.ts';

test('browsing by kind lists every challenge and opens its detail with links', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'The research catalogue' })).toBeVisible();
  const list = page.getByRole('listbox', { name: 'Entries' });
  // Only the rows in view are rendered; each tells assistive technology its place among all 54.
  await expect(list.getByRole('option').first()).toHaveAttribute('aria-setsize', '54');
  // Rows are kept by position, so the list is scrolled as a user would, by the wheel, until CM12 is in view: a click
  // that scrolled the list itself would land on whichever entry its row shows after the scroll.
  const cm12 = list.getByRole('option', { name: /CM12/ });
  await list.hover();
  await page.mouse.wheel(0, 240);
  await expect(cm12).toBeInViewport({ ratio: 0.5 });
  // Clicked where the user sees it: at the middle of the row, with no scrolling first.
  const box = (await cm12.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page).toHaveURL(/#\/catalog\/kind\/challenge\/CM12$/);
  const detail = page.getByRole('region', { name: 'Entry detail' });
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText(
    'Models becoming inaccurate due to data distribution changes',
  );
  await expect(detail.getByRole('link', { name: /SM12/ }).first()).toBeVisible();
  await expect(detail.getByRole('link', { name: /Model Drift/ }).first()).toBeVisible();
  for (const paper of ['LR6', 'LR18', 'LR20', 'LR77', 'LR79']) {
    await expect(detail.getByRole('link', { name: paper, exact: true }).first()).toBeVisible();
  }
});

test('every link navigates: challenge → stage → interdependency → paper → citing entries', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/entry/CM26');
  const detail = page.getByRole('region', { name: 'Entry detail' });
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText(
    'Choosing between retraining and incremental modelling.',
  );
  await detail
    .getByRole('link', { name: /Model Training/ })
    .first()
    .click();
  await expect(detail.getByRole('heading', { level: 1 })).toHaveText(/Model Training/i);
  await expect(detail.getByRole('heading', { name: /Incoming interdependencies/ })).toBeVisible();
  await detail.getByRole('link', { name: /IM07/ }).first().click();
  await expect(detail.getByText(/One-way: the first stage affects the maintainability of the second/)).toBeVisible();
  await detail.getByRole('link', { name: 'LR18', exact: true }).first().click();
  await expect(detail.getByRole('heading', { level: 1 })).toContainText('retrained and incremental machine learning');
  await expect(detail.getByRole('heading', { name: /Cited by/ })).toBeVisible();
  await expect(detail.getByRole('link', { name: /CM26/ })).toBeVisible();
});

test('browsing by stage and by research question', async ({ page }) => {
  await page.getByRole('tab', { name: 'Stage' }).click();
  await page.getByRole('link', { name: /^Model Drift/ }).click();
  const list = page.getByRole('listbox', { name: 'Entries' });
  for (const id of ['CM12', 'CM13', 'CM14', 'SM12'])
    await expect(list.getByRole('option', { name: new RegExp(`^${id}\\b`) })).toBeVisible();
  await page.getByRole('tab', { name: 'Question' }).click();
  await page.getByRole('link', { name: /^RQ9/ }).click();
  for (const id of ['T1', 'T6']) await expect(list.getByRole('option', { name: new RegExp(`^${id}`) })).toBeVisible();
});

test('the search box finds as you type, ranked and highlighted', async ({ page }) => {
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('concept drift');
  const results = page.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('option').first()).toContainText('CM12');
  await expect(results.locator('mark').first()).toBeVisible();
  await search.fill('hyperparameter');
  for (const id of ['CM15', 'CM16', 'CS05'])
    await expect(results.getByRole('option', { name: new RegExp(id) })).toBeVisible();
  await search.fill('LR116');
  await expect(results.getByRole('option').first()).toContainText('LR116');
  await expect(results.getByRole('option', { name: /CS06/ })).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('region', { name: 'Entry detail' }).getByRole('heading', { level: 1 })).toContainText(
    /zero: memory optimi[sz]ations/i,
  );
});

test('the command palette jumps to entries and runs commands by keyboard', async ({ page }) => {
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('scalability vs cost');
  await expect(palette.getByRole('option').first()).toContainText('T6');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(/T6$/);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('go to maps');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/maps\/stages/);
});

test('back and forward work with buttons and Alt+Left/Right', async ({ page }) => {
  const list = page.getByRole('listbox', { name: 'Entries' });
  await list.getByRole('option', { name: /CM01/ }).click();
  await list.getByRole('option', { name: /CM02/ }).click();
  const title = page.getByRole('region', { name: 'Entry detail' }).getByRole('heading', { level: 1 });
  await expect(title).toHaveText('Data susceptibility to error, drift, bias, and attacks');
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(title).toHaveText('Creating and labeling datasets');
  await page.keyboard.press('Alt+ArrowRight');
  await expect(title).toHaveText('Data susceptibility to error, drift, bias, and attacks');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(title).toHaveText('Creating and labeling datasets');
});

test('the entry list is usable by keyboard alone', async ({ page }) => {
  const list = page.getByRole('listbox', { name: 'Entries' });
  await list.getByRole('option', { name: /CM01/ }).click();
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page).toHaveURL(/CM03$/);
  await page.keyboard.press('End');
  await expect(page).toHaveURL(/CS13$/);
});

test('a catalogue note about a discrepancy in the paper is shown on the entry', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/entry/SM02');
  await expect(page.getByRole('complementary', { name: 'Catalogue notes' })).toContainText('LR89');
});

test('a deep link to an unknown entry says so', async ({ page }) => {
  await page.goto(page.url().replace(/#.*$/, '') + '#/catalog/kind/challenge/CM99');
  await expect(page.getByRole('heading', { name: 'No entry “CM99”' })).toBeVisible();
});

test('? lists the keyboard shortcuts and Esc closes the list', async ({ page }) => {
  await page.locator('body').press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toContainText('Command palette');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the groups are one Tab stop, moved through with the arrow keys', async ({ page }) => {
  const groups = page.getByRole('toolbar', { name: 'Groups' });
  await groups.getByRole('link', { name: /^Challenges/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(groups.getByRole('link', { name: /^Solutions/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/catalog\/kind\/solution$/);
  await expect(page.getByRole('listbox', { name: 'Entries' }).getByRole('option').first()).toHaveAttribute(
    'aria-setsize',
    '54',
  );
});
