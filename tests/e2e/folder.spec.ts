// A team's ADR folder as the workspace, in Chromium: a real corpus listed as written, a conflict with a change on disk,
// git state, history and diff, and files added or deleted by others appearing without a reload.
import { readdir, readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from './fixtures.ts';
import {
  commitAll,
  editIntoConflict,
  importCommit,
  onCorpus as test,
  openDecisions,
  record26,
  writtenStatus,
  filterDecisionList,
} from './folders.ts';

/** A status chip's text: its shape, then the status as written. */
const chip = (status: string) => new RegExp(`^\\S\\s+${status.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The same copy in a git repository: everything committed, then record 26 changed on disk. */
const inGit = test.extend({
  folder: async ({ folder }, use) => {
    commitAll(folder);
    const file = path.join(folder, record26);
    await writeFile(
      file,
      (await readFile(file, 'utf8')).replace('## Context\n', '## Context\n\nAdded after the commit.\n'),
    );
    await use(folder);
  },
});

test('a copy of govuk-aws lists all 38 records with their numbers and statuses as written', async ({
  page,
  folder,
}) => {
  await openDecisions(page);
  const records = page.getByRole('listbox', { name: 'Decision records' });
  const files = (await readdir(folder)).filter((f) => /^\d{4}-.*\.md$/.test(f));
  expect(files).toHaveLength(38);
  await expect(records.getByRole('option').first()).toHaveAttribute('aria-setsize', '38');
  // Only the rows in view are rendered: walk the list by keyboard, in number order, checking each row as it comes.
  test.slow(); // each step opens the record, 38 times
  await records.focus();
  for (const file of files.sort()) {
    await page.keyboard.press('ArrowDown');
    const option = records.getByRole('option', { selected: true });
    await expect(option).toHaveAttribute('data-id', file);
    await expect(option).toContainText(`ADR-${file.slice(0, 4)}`);
    await expect(option.locator('.status-chip')).toHaveText(chip(await writtenStatus(path.join(folder, file))));
  }
  // Kept as written, not normalised: "Approved" and "Pending" stay; the filter counts "Pending" as another status.
  await expect(records.locator('[data-id^="0038-"] .status-chip')).toHaveText(chip('Approved'));
  await page.keyboard.press('Home');
  await expect(records.locator('[data-id^="0004-"] .status-chip')).toHaveText(chip('Superseded by DNS Infrastructure'));
  await expect(page.getByRole('heading', { name: 'Decisions 38' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Filter by status' }).selectOption({ label: 'Other status · 6' });
  await expect(records.getByRole('option')).toHaveCount(6);
  for (const text of await records.locator('.status-chip').allTextContents()) expect(text).toMatch(chip('Pending'));
});

test('an edit that meets a change on disk opens the conflict view; applying my changes keeps both', async ({
  page,
  folder,
}) => {
  const file = path.join(folder, record26);
  await editIntoConflict(page, folder);
  const context = page.getByRole('textbox', { name: 'Context and problem statement' });
  const dialog = page.getByRole('dialog', { name: 'This file changed on disk' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeFocused();
  await expect(dialog.getByRole('region', { name: 'On disk now' })).toContainText(
    '# 26. Remove the load balancer tier',
  );
  await expect(dialog.getByRole('region', { name: 'Your version' })).toContainText(
    'First edit in the app. Second edit.',
  );

  // Esc puts it aside: the edit stays in the editor, unsaved, and focus is back where it was typed.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(context).toBeFocused();
  await expect(context).toHaveValue(/Second edit\.$/);
  await expect(page.getByRole('status').filter({ hasText: 'Not saved — changed on disk' })).toBeVisible();
  expect(await readFile(file, 'utf8')).not.toContain('Second edit.');

  await page.getByRole('button', { name: 'Compare and choose…' }).click();
  await dialog.getByRole('button', { name: 'Apply my changes to the disk version' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('All changes saved')).toBeVisible();
  const onDisk = await readFile(file, 'utf8');
  expect(onDisk).toContain('# 26. Remove the load balancer tier');
  expect(onDisk).toContain('First edit in the app. Second edit.');
  await expect(page.locator('#decision-title')).toHaveValue('Remove the load balancer tier');
});

inGit('a record changed since the last commit shows "modified", its history and its diff', async ({ page }) => {
  await openDecisions(page);
  const records = page.getByRole('listbox', { name: 'Decision records' });
  await filterDecisionList(page, '0025-');
  await expect(records.locator('[data-id^="0025-"]')).toBeVisible();
  await expect(records.locator('[data-id^="0025-"]')).not.toContainText('modified');
  await filterDecisionList(page, 'Remove load balancer tier');
  await expect(records.locator(`[data-id="${record26}"]`)).toContainText('modified');
  await records.getByText('Remove load balancer tier').click();
  await expect(page.getByRole('article').locator('.git-badge')).toContainText('modified');
  const git = page.getByRole('region', { name: 'In git' });
  // Dates show in the page's locale (files and git keep ISO).
  const day = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1)),
  );
  await expect(git).toContainText(`by ${importCommit.name} on ${day}: “${importCommit.subject}”`);

  await git.getByText('History', { exact: true }).click();
  const commits = git.getByRole('list', { name: 'Commits that touched this file' });
  await expect(commits.getByRole('listitem')).toHaveCount(1);
  await expect(commits).toContainText(importCommit.subject);
  await expect(commits).toContainText(importCommit.name);

  await git.getByText('Diff against HEAD').click();
  const diff = git.getByLabel('Diff against HEAD', { exact: true });
  await expect(diff.locator('.added')).toHaveCount(2);
  await expect(diff.locator('.added', { hasText: 'Added' })).toHaveText('+Added after the commit.');
  await expect(diff.locator('.removed')).toHaveCount(0);
  await expect(git).toContainText('+ 2 lines added, − 0 removed since HEAD.');
  // Text, not HTML: the diff is inert spans only.
  expect(await diff.locator(':not(span)').count()).toBe(0);
});

test('records written or deleted by others appear and disappear without a reload', async ({ page, folder }) => {
  await openDecisions(page);
  const records = page.getByRole('listbox', { name: 'Decision records' });
  await expect(records.getByRole('option').first()).toHaveAttribute('aria-setsize', '38');
  // The last record, reached as from the keyboard: rows out of view are not rendered.
  await records.focus();
  await page.keyboard.press('End');
  await expect(records.getByRole('option', { selected: true })).toContainText('Non-GOV.UK domain policy');

  await writeFile(
    path.join(folder, '0040-use-kubernetes.md'),
    '# 40. Use Kubernetes\n\nDate: 2024-05-01\n\n## Status\n\nOn hold\n\n## Context\n\nWritten by another editor.\n',
  );
  const added = records.locator('[data-id="0040-use-kubernetes.md"]');
  await expect(added).toContainText('ADR-0040');
  await expect(added).toContainText('Use Kubernetes');
  await expect(added.locator('.status-chip')).toHaveText(chip('On hold'));

  // The open record is deleted on disk: it leaves the list and the detail says so.
  await unlink(path.join(folder, '0039-non-govuk-domain-policy.md'));
  await expect(records.getByRole('option').first()).toHaveAttribute('aria-setsize', '38');
  await expect(page.getByRole('heading', { name: 'Deleted on disk' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'was deleted from the folder' })).toContainText(
    'ADR-0039 Non-GOV.UK domain policy',
  );
});
