// Focus after each action lands on something sensible — the opener, or the new thing's first field — never the body.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + hash);
}

/** The focused element, described as a user would find it (its id, label or text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.id || el.getAttribute('aria-label') || el.textContent?.trim() || el.tagName;
  });

test('closing the shortcuts with Esc or its button returns focus to where it was', async ({ page }) => {
  const commandsButton = page.getByRole('button', { name: /^Commands/ });
  await commandsButton.focus();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(commandsButton).toBeFocused();
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).getByRole('button', { name: 'Close' }).click();
  await expect(commandsButton).toBeFocused();
});

test('the palette returns focus to its opener on Esc, and to the screen after a command that leaves it', async ({
  page,
}) => {
  const commandsButton = page.getByRole('button', { name: /^Commands/ });
  await commandsButton.click();
  await expect(page.getByRole('combobox', { name: 'Command palette' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(commandsButton).toBeFocused();

  await go(page, '#/catalog/kind/challenge/CM12');
  await page.getByRole('listbox', { name: 'Entries' }).focus();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('go to maps');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/maps\//);
  await expect.poll(() => focused(page)).toBe('main-content');
});

test('a dialog closed with Esc or ✕ gives focus back to the button that opened it', async ({ page }) => {
  await go(page, '#/decisions');
  const importButton = page.getByRole('button', { name: 'Import existing ADRs…' });
  await importButton.click();
  const dialog = page.getByRole('dialog', { name: 'Import decisions' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(importButton).toBeFocused();
  await importButton.click();
  await dialog.getByRole('button', { name: 'Close', exact: true }).first().click();
  await expect(importButton).toBeFocused();
});

test('after an import that replaced the empty screen, focus is on the screen, not the body', async ({ page, host }) => {
  const incoming = path.join(host.workspace, 'incoming');
  await mkdir(incoming);
  await writeFile(path.join(incoming, '0001-use-kafka.md'), '# 1. Use Kafka\n\n## Status\n\nAccepted\n');
  await go(page, '#/decisions');
  await page.getByRole('button', { name: 'Import existing ADRs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import decisions' });
  await dialog.getByRole('textbox', { name: 'From folder' }).fill('incoming');
  await dialog.getByRole('button', { name: 'Preview import' }).click();
  await dialog.getByRole('button', { name: 'Import 1 record' }).click();
  await expect(dialog).toContainText('Imported 1 decision');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect.poll(() => focused(page)).not.toBe('body');
});

test('creating a decision, from the form or with N, leaves focus in the new record’s title', async ({ page }) => {
  await go(page, '#/decisions');
  await page.getByRole('button', { name: '+ New decision' }).click();
  await expect(page.getByLabel('Title of the new decision')).toBeFocused();
  await page.keyboard.type('Use Postgres');
  await page.keyboard.press('Enter');
  await expect(page.locator('#decision-title')).toHaveValue('Use Postgres');
  await expect(page.locator('#decision-title')).toBeFocused();

  await go(page, '#/maps/stages');
  await page.locator('#main-content').focus();
  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#\/decisions/);
  await expect(page.getByLabel('Title of the new decision')).toBeFocused();
});

test('“+ New analysis” opens an empty draft with its question focused, saved only once something is typed', async ({
  page,
}) => {
  await go(page, '#/tradeoffs/analyses');
  await page.getByRole('button', { name: 'Start from an example' }).click();
  const list = page.getByRole('listbox', { name: 'Analyses' });
  await expect(list.getByRole('option')).toHaveCount(1);
  await page.getByRole('button', { name: '+ New analysis' }).click();
  const question = page.getByRole('textbox', { name: 'Question' });
  await expect(question).toBeFocused();
  await expect(question).toHaveValue('');
  await expect(question).toHaveAttribute('placeholder', /.+/);
  await expect(list.getByRole('option')).toHaveCount(1);
  await page.keyboard.type('Which feature store?');
  await expect(list.getByRole('option')).toHaveCount(2);
  await expect(list).toContainText('Which feature store?');
  await expect(question).toBeFocused();
  await expect(question).toHaveValue('Which feature store?');
});

test('the matrix guide folds with its button, which keeps focus, and stays folded on the next visit', async ({
  page,
}) => {
  await go(page, '#/tradeoffs/matrix');
  const toggle = page.getByRole('button', { name: 'Reading the matrix' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(toggle).toBeFocused();
  await expect(page.getByText('Column groups')).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Reading the matrix' })).toHaveAttribute('aria-expanded', 'false');
});

test('the export question returns focus to Export on Esc, and “Open … to fix it” opens the record', async ({
  page,
}) => {
  await go(page, '#/decisions');
  await page.getByRole('button', { name: '+ New', exact: true }).click();
  await page.getByLabel('Title of the new decision').fill('Use Postgres');
  await page.keyboard.press('Enter');
  await expect(page.locator('#decision-title')).toHaveValue('Use Postgres');
  await page.getByRole('button', { name: 'Export…' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Export decisions' });
  await dialog.getByRole('textbox').fill('out');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const ask = dialog.getByRole('alertdialog');
  await expect(ask.getByRole('button', { name: 'Export anyway' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await ask.getByRole('button', { name: /^Open .* to fix it$/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/decisions\/0001-use-postgres\.md$/);
  await expect.poll(() => focused(page)).not.toBe('body');
});
