// axe-core on the decisions screen with a real ADR folder open, and on the conflict view: no serious or critical violation.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { editIntoConflict, onCorpus as test, openDecisions } from './folders.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// The app's Content-Security-Policy forbids injected scripts, rightly; axe is the test's own.
test.use({ bypassCSP: true });

/** Serious and critical violations, each as "rule: first offending elements". */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<AxeResults> } }).axe;
    type AxeResults = { violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] };
    return (await axe.run(document)).violations;
  });
  return results
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the decisions screen and the conflict view pass axe in the ${colorScheme} scheme`, async ({ page, folder }) => {
    await page.emulateMedia({ colorScheme });
    await openDecisions(page);
    await page.getByRole('listbox', { name: 'Decision records' }).getByText('Partly superseded').first().click();
    expect(await seriousViolations(page)).toEqual([]);
    await editIntoConflict(page, folder);
    expect(await seriousViolations(page)).toEqual([]);
  });
}
