// Types queries one character at a time into a box and times each keystroke until its results are laid out.
import type { Page } from 'playwright-core';

export async function typePerKeystroke(
  page: Page,
  inputSelector: string,
  resultsSelector: string,
  queries: string[],
): Promise<number[]> {
  return page.evaluate(
    async ({ inputSelector, resultsSelector, queries }) => {
      const input = document.querySelector<HTMLInputElement>(inputSelector)!;
      input.focus();
      const samples: number[] = [];
      for (const q of queries) {
        for (let n = 1; n <= q.length; n++) {
          const start = performance.now();
          input.value = q.slice(0, n);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Svelte applies the update in a microtask; reading layout then forces style and layout of the results.
          await Promise.resolve();
          await Promise.resolve();
          document.querySelector(resultsSelector)?.getBoundingClientRect();
          samples.push(performance.now() - start);
        }
        input.value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((r) => setTimeout(r, 50));
      }
      input.blur();
      return samples;
    },
    { inputSelector, resultsSelector, queries },
  );
}
