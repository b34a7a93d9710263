// The real desktop app: a hardened window showing the catalogue, a working preload API, and refused navigation.
import { _electron as electron, test, expect, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { electronBinary, noBinaryReason } from './electron-binary.ts';
// The bridge's type (window.atlas) is declared where the renderer uses it.
import type {} from '../../renderer/lib/api/client.ts';

const binary = electronBinary();
if (!binary) console.log(`[electron tests skipped] ${noBinaryReason}`);
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

test('opens the catalogue in a sandboxed, context-isolated window', async () => {
  const page = await app.firstWindow();
  await expect(page.getByRole('heading', { name: 'The research catalogue' })).toBeVisible();
  const url = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]!.webContents.getURL());
  expect(url).toMatch(/^app:\/\/atlas\//);
  // No Node in the page, and the bridge is the only thing the preload added.
  const globals = await page.evaluate(() => ({
    require: typeof (globalThis as { require?: unknown }).require,
    process: typeof (globalThis as { process?: unknown }).process,
    bridge: Object.keys(window.atlas ?? {}).length,
  }));
  expect(globals).toMatchObject({ require: 'undefined', process: 'undefined' });
  expect(globals.bridge).toBeGreaterThan(10);
});

test('the preload API works and reaches the workspace', async () => {
  const page = await app.firstWindow();
  const info = await page.evaluate(() => window.atlas!.appInfo());
  expect(info).toMatchObject({ ok: true, value: { host: 'electron', workspace } });
  const bad = await page.evaluate(() => window.atlas!.createDecision({ title: 42 }));
  expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});

test('main pushes each workspace status change to the page through the same bridge', async () => {
  const page = await app.firstWindow();
  const states = await page.evaluate(async () => {
    const seen: string[] = [];
    const stop = window.atlas!.onWorkspaceStatus((status) => seen.push(status.state));
    await window.atlas!.createDecision({ title: 'Pushed' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    stop();
    return seen;
  });
  expect(states).toEqual(expect.arrayContaining(['saving', 'saved']));
});

test('navigation away from the app and new windows are refused', async () => {
  const page = await app.firstWindow();
  await page.evaluate(() => {
    location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/atlas\//);
  await page.evaluate(() => window.open('https://example.com/'));
  await page.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('a deep link opens an entry, and Alt+Left goes back', async () => {
  const page = await app.firstWindow();
  await page.evaluate(() => {
    location.hash = '#/entry/CM12';
  });
  await expect(page.getByRole('heading', { name: /Models becoming inaccurate/ })).toBeVisible();
  await page.evaluate(() => {
    location.hash = '#/entry/T6';
  });
  await expect(page.getByRole('heading', { name: 'Scalability vs Cost' })).toBeVisible();
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { name: /Models becoming inaccurate/ })).toBeVisible();
});
