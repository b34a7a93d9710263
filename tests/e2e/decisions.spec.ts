// Decision records in Chromium: write with citations, autosave across a restart, preview the file safely, undo a delete,
// status as written, supersede, export.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { startHost } from './web-host.ts';

async function newDecision(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: '+ New', exact: true }).click();
  await page.getByLabel('Title of the new decision').fill(title);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(page.locator('#decision-title')).toHaveValue(title);
}

test('write a decision that cites the catalogue; it survives a restart and shows as a backlink', async ({
  page,
  host,
  browser,
}) => {
  await newDecision(page, 'Detect drift before retraining');
  const context = page.getByRole('textbox', { name: 'Context and problem statement' });
  await context.click();
  await page.keyboard.type('Accuracy decays as data shifts [@CM1');
  const suggestions = page.getByRole('listbox', { name: 'Catalogue entries to cite' });
  await expect(suggestions.getByRole('option', { name: /CM12/ })).toBeVisible();
  await suggestions.getByRole('option', { name: /CM12/ }).click();
  await expect(context).toHaveValue('Accuracy decays as data shifts [@CM12]');
  await page.keyboard.type(' and [@CM99]');
  await expect(page.getByText(/Unknown catalogue key \[@CM99\]/)).toBeVisible();
  await expect(page.getByText('All changes saved')).toBeVisible();
  // The workspace is the folder of record files: the text is in the record's own file.
  const [file] = (await readdir(host.workspace)).filter((f) => f.endsWith('.md'));
  expect(await readFile(path.join(host.workspace, file!), 'utf8')).toContain('shifts [@CM12] and [@CM99]');

  // Restart the host on the same workspace: what was typed is still there.
  await page.goto('about:blank');
  await host.stop();
  const again = await startHost(host.workspace);
  try {
    const fresh = await browser.newPage();
    await fresh.goto(again.url);
    await fresh.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
    await fresh.getByRole('listbox', { name: 'Decision records' }).getByText('Detect drift before retraining').click();
    await expect(fresh.getByRole('textbox', { name: 'Context and problem statement' })).toHaveValue(
      'Accuracy decays as data shifts [@CM12] and [@CM99]',
    );
    await fresh.goto(again.url.replace(/\?token=.*/, '') + '#/entry/CM12');
    await expect(fresh.getByRole('heading', { name: /Cited by decisions \(1\)/ })).toBeVisible();
    await expect(fresh.getByRole('link', { name: /ADR-0001 Detect drift before retraining/ })).toBeVisible();
    await fresh.close();
  } finally {
    await again.stop();
  }
});

test('the Markdown preview renders the saved file, hostile Markdown inert', async ({ page }) => {
  await newDecision(page, 'Hostile preview');
  await page
    .getByRole('textbox', { name: 'Context and problem statement' })
    .fill(
      '<script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned = 2">\n\n[click](javascript:window.__pwned=3) and [ok](https://example.org) **bold** [@T6]',
    );
  await expect(page.getByText('All changes saved')).toBeVisible();
  await page.getByRole('tab', { name: 'Markdown preview' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('strong', { hasText: 'bold' })).toBeVisible();
  expect(await panel.locator('script, iframe, [onerror], [style]').count()).toBe(0);
  const hrefs = await panel.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => /^javascript:/i.test(h))).toBe(false);
  expect(hrefs).toContain('https://example.org');
  await expect(panel).toContainText('Scalability vs Cost');
  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the example starts a record with its options, chosen option and citations', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: 'Start from an example' }).click();
  await expect(page.locator('#decision-title')).toHaveValue('Use a feature store for training and serving');
  await expect(page.getByLabel('Chosen option').locator('option:checked')).toHaveText('Adopt a feature store');
  await expect(page.getByRole('region', { name: /Cited entries/ })).toContainText('CM10');
  await expect(page.getByRole('listbox', { name: 'Decision records' })).toContainText('ADR-0001');
});

test('delete asks, and Undo brings the decision back with its number', async ({ page }) => {
  await newDecision(page, 'Keep me');
  await page.getByRole('button', { name: 'Delete…' }).click();
  await page.getByRole('group', { name: 'Confirm delete' }).getByRole('button', { name: 'Delete' }).click();
  const records = page.getByRole('listbox', { name: 'Decision records' });
  await expect(records.getByText('Keep me')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(records.getByText('Keep me')).toBeVisible();
  await expect(records).toContainText('ADR-0001');
});

test('status is kept as written; supersede links both records', async ({ page, host }) => {
  await newDecision(page, 'Use batch retraining');
  const status = page.getByRole('combobox', { name: 'Status', exact: true });
  await status.fill('Approved by the platform team');
  const records = page.getByRole('listbox', { name: 'Decision records' });
  await expect(records.getByRole('option').first()).toContainText('Approved by the platform team');
  await expect(page.getByText('All changes saved')).toBeVisible();
  const [file] = (await readdir(host.workspace)).filter((f) => f.endsWith('.md'));
  expect(await readFile(path.join(host.workspace, file!), 'utf8')).toContain('Approved by the platform team');
  await status.fill('');
  await expect(records.getByRole('option').first()).toContainText('no status');
  await status.fill('accepted');
  await expect(page.getByText('All changes saved')).toBeVisible();

  await newDecision(page, 'Use online learning');
  await records.getByText('Use batch retraining').click();
  await page.getByRole('button', { name: 'Superseded by…' }).click();
  await page.locator('#superseded-by').selectOption({ label: 'ADR-0002 Use online learning' });
  await page.getByRole('button', { name: 'Record' }).click();
  // The newer record is still proposed: asked first, and Esc leaves things as they were.
  const ask = page.getByRole('alertdialog', { name: /ADR-0002 Use online learning is still proposed/ });
  await expect(ask.getByRole('button', { name: 'Supersede anyway' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(page.getByRole('button', { name: 'Record' })).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Supersede chain' })).toBeHidden();
  await page.getByRole('button', { name: 'Record' }).click();
  await ask.getByRole('button', { name: 'Supersede anyway' }).click();
  await expect(page.getByRole('navigation', { name: 'Supersede chain' })).toContainText('ADR-0002');
  await expect(page.getByRole('link', { name: 'ADR-0002 Use online learning' }).first()).toBeFocused();
  await expect(records.getByRole('option').first()).toContainText(/Superseded/i);
});

test('export writes the records as MADR files into another folder', async ({ page, host }) => {
  await newDecision(page, 'Use batch retraining');
  await expect(page.getByText('All changes saved')).toBeVisible();
  // The record checked last is not the open one: the host lints every record the export writes.
  await newDecision(page, 'Keep the feature store');
  await expect(page.getByText('All changes saved')).toBeVisible();
  // The web host exports only inside its workspace; a relative folder starts there and is created.
  const out = path.join(host.workspace, 'exports');
  await page.getByRole('button', { name: 'Export…' }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox').fill('exports');
  await dialog.getByRole('button', { name: /^Export/ }).click();
  // Records with no options and no outcome are what lint flags: said first, written only on "Export anyway".
  const ask = dialog.getByRole('alertdialog', { name: /Lint would flag these \d+ problems/ });
  const problems = ask.getByRole('list', { name: 'Problems' });
  await expect(problems).toContainText('ADR-0001 Use batch retraining: empty decision outcome');
  await expect(problems).toContainText('ADR-0002 Keep the feature store: no considered options listed');
  await expect(ask.getByRole('button', { name: 'Export anyway' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(ask).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
  await expect.poll(() => readdir(host.workspace)).not.toContain('exports');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await ask.getByRole('button', { name: 'Export anyway' }).click();
  await expect(dialog).toContainText('0001-use-batch-retraining.md');
  expect(await readdir(out)).toEqual(expect.arrayContaining(['0001-use-batch-retraining.md']));
});

test('import shows a dry run first, then copies the records it listed', async ({ page, host }) => {
  await newDecision(page, 'Use Postgres');
  await expect(page.getByText('All changes saved')).toBeVisible();
  // Another team's records, in a folder the web host may read (inside its workspace): 0001 clashes with ours.
  const incoming = path.join(host.workspace, 'incoming');
  await mkdir(incoming);
  await writeFile(
    path.join(incoming, '0001-use-kafka.md'),
    '# 1. Use Kafka\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n',
  );
  await writeFile(
    path.join(incoming, '0007-use-redis.md'),
    '# 7. Use Redis\n\nDate: 2024-02-01\n\n## Status\n\nOn hold\n',
  );
  const before = await readdir(host.workspace);

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import decisions' });
  await dialog.getByRole('textbox', { name: 'From folder' }).fill('incoming');
  await dialog.getByRole('button', { name: 'Preview import' }).click();
  const report = dialog.getByRole('table');
  await expect(report.getByRole('row', { name: /0001-use-kafka\.md/ })).toContainText('would be renumbered');
  await expect(report.getByRole('row', { name: /0007-use-redis\.md/ })).toContainText('would be imported');
  await expect(dialog).toContainText('Preview: nothing written yet.');
  expect(await readdir(host.workspace)).toEqual(before);

  await dialog.getByRole('button', { name: 'Import 2 records' }).click();
  await expect(dialog).toContainText('Imported 2 decisions');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const records = page.getByRole('listbox', { name: 'Decision records' });
  await expect(records.getByRole('option')).toHaveCount(3);
  await expect(records).toContainText('Use Kafka');
  await expect(records.locator('[data-id="0007-use-redis.md"]')).toContainText('On hold');
});
