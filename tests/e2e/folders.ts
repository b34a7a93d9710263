// Folders for the web host to open: writable copies of the shared ADR corpora, with git around them when asked.
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { git } from '../fixtures/git-repo.ts';
import { test } from './fixtures.ts';

const corpora = path.resolve(import.meta.dirname, '../../../shared/adr-corpora');

/** A temporary copy of one corpus folder (e.g. "alphagov__govuk-aws"), every file writable. */
export async function copyCorpus(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `atlas-${name}-`));
  await cp(path.join(corpora, name), dir, { recursive: true });
  for (const file of await readdir(dir)) await chmod(path.join(dir, file), 0o644);
  return dir;
}

export const importCommit = { name: 'Ada Lovelace', date: '2024-01-01T10:00:00+00:00', subject: 'Import the records' };

/** Makes the folder a git repository with everything in it committed once. */
export function commitAll(dir: string): void {
  git(dir, ['init', '-q', '-b', 'main']);
  git(dir, ['add', '-A'], importCommit);
  git(dir, ['commit', '-q', '-m', importCommit.subject], importCommit);
}

/** A record's status as its file writes it: the first line under "## Status", links read as their text. */
export async function writtenStatus(file: string): Promise<string> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const from = lines.findIndex((l) => /^##\s+Status\s*$/.test(l));
  const line = lines.slice(from + 1).find((l) => l.trim() !== '') ?? '';
  return line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}

export async function openDecisions(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
}

/** Narrows the decisions list to records matching `text`: the list renders only the rows in view, as users find them. */
export async function filterDecisionList(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Filter decisions by text' }).fill(text);
}

export const corpus = 'alphagov__govuk-aws';
export const record26 = '0026-remove-load-balancer-tier.md';

/** Each test opens its own copy of the govuk-aws records. */
export const onCorpus = test.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await copyCorpus(corpus);
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

/**
 * Saves one edit of record 26's context, then makes a second edit meet a change on disk: the title renamed by someone
 * else while the edit waits for its pause in typing. Resolves once the conflict view is open.
 */
export async function editIntoConflict(page: Page, folder: string): Promise<void> {
  const file = path.join(folder, record26);
  await openDecisions(page);
  await filterDecisionList(page, 'Remove load balancer tier');
  await page.getByRole('listbox', { name: 'Decision records' }).getByText('Remove load balancer tier').click();
  const context = page.getByRole('textbox', { name: 'Context and problem statement' });
  await context.fill(`${await context.inputValue()}\n\nFirst edit in the app.`);
  await expect(page.getByText('All changes saved')).toBeVisible();
  expect(await readFile(file, 'utf8')).toContain('First edit in the app.');
  await context.pressSequentially(' Second edit.');
  const renamed = (await readFile(file, 'utf8')).replace(
    '# 26. Remove load balancer tier',
    '# 26. Remove the load balancer tier',
  );
  await writeFile(file, renamed);
  await expect(page.getByRole('dialog', { name: 'This file changed on disk' })).toBeVisible();
}
