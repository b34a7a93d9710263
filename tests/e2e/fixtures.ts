// Playwright fixtures: a fresh web host per test (on a temporary folder, or the `folder` a spec provides) and a page
// already past the token handshake.
import { test as base, expect } from '@playwright/test';
import { startHost, type RunningHost } from './web-host.ts';

export const test = base.extend<{ folder: string | undefined; host: RunningHost }>({
  // A spec overrides this with test.extend to open a folder of its own (a corpus copy, a git repository).
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => use(undefined),
  host: async ({ folder }, use) => {
    const host = await startHost(folder);
    await use(host);
    await host.dispose();
  },
  page: async ({ page, host }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(host.url);
    // The app mounts once its catalogue has been fetched, which may be after the load event: keys typed before are lost.
    await page.waitForFunction(() => performance.getEntriesByName('atlas:interactive').length > 0);
    await use(page);
    expect(errors, 'the page logged no errors').toEqual([]);
  },
});

export { expect };
