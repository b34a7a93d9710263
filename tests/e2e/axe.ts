// axe-core in the page under test: the serious and critical violations, each named with its first offending elements.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Which part of the page to check, as CSS selectors: axe's own context object (everything when both are absent). */
export interface AxeScope {
  include?: string[];
  exclude?: string[];
}

/** Serious and critical violations as "rule: first offending elements"; the spec must set `bypassCSP` for axe's script. */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async ({ include, exclude }) => {
    type Axe = { run: (context: object) => Promise<{ violations: AxeViolation[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const context = { include: include?.map((s) => [s]) ?? [['html']], exclude: exclude?.map((s) => [s]) ?? [] };
    return (await axe.run(context)).violations;
  }, scope);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}
