// End-to-end tests: the renderer in Debian's Chromium through the web host, and the real Electron app where its binary exists.
import { defineConfig } from '@playwright/test';

export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export default defineConfig({
  timeout: 30_000,
  expect: { timeout: 5_000 },
  // Two cores: one browser at a time keeps timings honest and the machine responsive.
  workers: 1,
  reporter: [['list']],
  outputDir: '../test-results',
  projects: [
    {
      name: 'web',
      testDir: './e2e',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
    { name: 'cli', testDir: './cli' },
    { name: 'electron', testDir: './electron' },
    { name: 'packaging', testDir: './packaging' },
  ],
});
