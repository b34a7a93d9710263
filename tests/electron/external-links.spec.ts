// The real desktop app: a link that leaves the app shows its address and opens the browser only when the user agrees.
import { _electron as electron, test, expect, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { electronBinary, noBinaryReason } from './electron-binary.ts';

const binary = electronBinary();
test.skip(!binary, noBinaryReason);

const root = path.resolve(import.meta.dirname, '../..');
let app: ElectronApplication;
let workspace: string;

test.beforeEach(async () => {
  workspace = await mkdtemp(path.join(tmpdir(), 'atlas-electron-'));
  app = await electron.launch({ executablePath: binary!, args: [root, '--workspace', workspace], cwd: root });
});

test.afterEach(async () => {
  await app?.close();
  await rm(workspace, { recursive: true, force: true });
});

test('the MADR link asks before opening the browser, showing where it goes', async () => {
  // Record what the dialog would show and answer Cancel; record any attempt to open the browser.
  await app.evaluate(({ dialog, shell }) => {
    const seen = ((globalThis as { seen?: unknown[] }).seen = [] as unknown[]);
    dialog.showMessageBox = (async (...args: unknown[]) => {
      seen.push(args.at(-1));
      return { response: 1, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
    shell.openExternal = (async (url: string) => void seen.push(`opened ${url}`)) as typeof shell.openExternal;
  });
  const page = await app.firstWindow();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('link', { name: 'MADR' }).click();
  await expect
    .poll(() => app.evaluate(() => (globalThis as { seen?: unknown[] }).seen))
    .toEqual([expect.objectContaining({ detail: expect.stringContaining('https://adr.github.io/madr/') })]);
  expect(page.url()).toMatch(/^app:\/\/atlas\//);
});
