// Every button's label reaches 4.5:1 against its ground in every state — rest, hover, focus, pressed, disabled — in
// both colour schemes, on the screens a new user meets first.
import type { Locator, Page } from '@playwright/test';
import { textContrast } from './contrast.ts';
import { expect, test } from './fixtures.ts';

async function go(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '') + hash);
}

/** Each state a button can be seen in, entered and left again without activating it. */
const states: [string, (page: Page, button: Locator) => Promise<() => Promise<void>>][] = [
  ['rest', async () => async () => {}],
  [
    'hover',
    async (page, b) => {
      await b.hover();
      return () => page.mouse.move(0, 0);
    },
  ],
  [
    'focus',
    async (_page, b) => {
      await b.focus();
      return () => b.blur();
    },
  ],
  [
    'pressed',
    async (page, b) => {
      await b.hover();
      await page.mouse.down();
      // Releasing elsewhere is no click.
      return async () => {
        await page.mouse.move(0, 0);
        await page.mouse.up();
      };
    },
  ],
  [
    'disabled',
    async (_page, b) => {
      const was = await b.evaluate((el: HTMLButtonElement) => el.disabled);
      await b.evaluate((el: HTMLButtonElement) => (el.disabled = true));
      return async () => {
        await b.evaluate((el: HTMLButtonElement, d) => (el.disabled = d), was);
      };
    },
  ],
];

async function lowContrastStates(page: Page): Promise<string[]> {
  const failures: string[] = [];
  const buttons = page.locator('main button:visible');
  for (let i = 0; i < (await buttons.count()); i++) {
    const button = buttons.nth(i);
    const name = (await button.textContent())?.trim();
    for (const [state, enter] of states) {
      const leave = await enter(page, button);
      const ratio = await textContrast(button);
      await leave();
      if (ratio < 4.5) failures.push(`“${name}” ${state}: ${ratio}:1`);
    }
  }
  return failures;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`buttons on the empty decisions and analyses screens read at 4.5:1 in every state, ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await go(page, '#/decisions');
    await expect(page.getByRole('button', { name: '+ New decision' })).toBeVisible();
    expect(await lowContrastStates(page)).toEqual([]);
    await go(page, '#/tradeoffs/analyses');
    await expect(page.getByRole('button', { name: 'Start from an example' })).toBeVisible();
    expect(await lowContrastStates(page)).toEqual([]);
  });
}
