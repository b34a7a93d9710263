// A decision log that speaks up: a record past its review date flagged in the list and by lint, and a preview that
// draws mermaid diagrams and links citations under the app's strict Content Security Policy.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from './fixtures.ts';

const run = promisify(execFile);
const cli = path.resolve(import.meta.dirname, '../../dist/cli/tradeoff-atlas.js');

const overdue = [
  '---',
  'status: accepted',
  'date: 2023-01-10',
  'review-by: 2024-01-31',
  '---',
  '# Use a feature store',
  '',
  '## Context and Problem Statement',
  '',
  'Training and serving features drift apart [@CM12].',
  '',
  '```mermaid',
  'graph LR',
  '  A[Batch pipeline] --> B[Feature store]',
  '  B --> C[Online serving]',
  '```',
  '',
  '| Option | Score |',
  '| :-- | --: |',
  '| Feature store | 76.3 |',
  '',
  '## Decision Outcome',
  '',
  'Chosen option: "Feature store", because it removes skew.',
  '',
].join('\n');

const current = overdue.replace('review-by: 2024-01-31', 'review-by: 2999-01-01').replace('feature store', 'queue');

const withRecords = test.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-revisit-'));
    await writeFile(path.join(dir, '0001-use-a-feature-store.md'), overdue);
    await writeFile(path.join(dir, '0002-use-a-queue.md'), current);
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

withRecords(
  'a record past its review date is flagged in the list, in the editor and by lint',
  async ({ page, folder }) => {
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
    const list = page.getByRole('listbox', { name: 'Decision records' });
    await expect(list.getByRole('option', { name: /Use a feature store/ })).toContainText('review due');
    await expect(list.getByRole('option', { name: /Use a queue/ })).not.toContainText('review due');
    await list.getByText('Use a feature store').click();
    await expect(page.getByLabel('Review by')).toHaveValue('2024-01-31');
    await expect(page.getByText('Review is due.')).toBeVisible();

    const { stdout } = await run(process.execPath, [cli, 'lint', folder, '--format', 'json']).catch(
      (e: { stdout: string }) => e,
    );
    const messages = JSON.parse(stdout) as { file: string; rule: string; line: number }[];
    expect(messages.filter((m) => m.rule === 'review-due')).toEqual([
      expect.objectContaining({ file: '0001-use-a-feature-store.md', line: 4 }),
    ]);
    expect(csp).toEqual([]);
  },
);

withRecords('the preview links citations and aligns tables without one inline style', async ({ page }) => {
  const csp: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
  });
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('listbox', { name: 'Decision records' }).getByText('Use a queue').click();
  await page.getByRole('tab', { name: 'Markdown preview' }).click();
  const panel = page.getByRole('tabpanel');
  const citation = panel.locator('a.citation', { hasText: 'CM12' });
  await expect(citation).toHaveAttribute('title', /^CM12: /);
  await expect(citation).toHaveAttribute('href', /CM12/);
  await expect(panel.locator('td.align-right', { hasText: '76.3' })).toHaveCSS('text-align', 'right');
  expect(await panel.locator('[style], style').count()).toBe(0);
  expect(csp).toEqual([]);
});

// The page fixture fails the test on any console error: mermaid draws here without one CSP report.
withRecords(
  'the preview draws a mermaid block as a sanitised SVG diagram, without one console error',
  async ({ page }) => {
    const csp: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|inline style/i.test(m.text())) csp.push(m.text());
    });
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
    await page.getByRole('listbox', { name: 'Decision records' }).getByText('Use a feature store').click();
    await page.getByRole('tab', { name: 'Markdown preview' }).click();
    const panel = page.getByRole('tabpanel');
    const diagram = panel.getByRole('img', { name: /Diagram: graph LR/ });
    await expect(diagram.locator('svg')).toBeVisible({ timeout: 15_000 });
    const label = diagram.locator('svg text', { hasText: 'Feature store' }).first();
    await expect(label).toBeVisible();
    // Labels centred in their boxes, edges stroked: mermaid's classes and its marks' own styles survive sanitising.
    await expect(label).toHaveCSS('text-anchor', 'middle');
    const box = await diagram.locator('g.node', { hasText: 'Feature store' }).locator('rect').first().boundingBox();
    const text = await label.boundingBox();
    expect(Math.abs(box!.x + box!.width / 2 - (text!.x + text!.width / 2))).toBeLessThan(3);
    await expect(diagram.locator('path.flowchart-link').first()).not.toHaveCSS('stroke', 'none');
    expect(await panel.locator('style, foreignObject, script').count()).toBe(0);
    expect(csp).toEqual([]);
  },
);

// What goes on paper is the record as it reads: printing from the field editor prints the preview, then returns.
withRecords('printing a decision from its editor prints the rendered preview and comes back', async ({ page }) => {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('listbox', { name: 'Decision records' }).getByText('Use a queue').click();
  await expect(page.getByRole('tab', { name: 'Edit' })).toHaveAttribute('aria-selected', 'true');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const panel = page.getByRole('tabpanel');
  await expect(panel.locator('td.align-right', { hasText: '76.3' })).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Decision Outcome' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await page.evaluate(() => dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('tab', { name: 'Edit' })).toHaveAttribute('aria-selected', 'true');
  await expect(panel.locator('td.align-right')).toHaveCount(0);
});
