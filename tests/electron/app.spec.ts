// The real desktop app: a hardened window showing the catalogue, a working preload API, and refused navigation.
import { _electron as electron, test, expect, type ElectronApplication } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { electronBinary, noBinaryReason } from './electron-binary.ts';

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
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'The research catalogue' })).toBeVisible();
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const wc = BrowserWindow.getAllWindows()[0]!.webContents;
    return { url: wc.getURL(), prefs: wc.getLastWebPreferences() };
  });
  expect(prefs.url).toMatch(/^app:\/\/atlas\//);
  expect(prefs.prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
  expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
});

test('the preload API works and reaches the workspace', async () => {
  const window = await app.firstWindow();
  const info = await window.evaluate(() => window.atlas!.appInfo());
  expect(info).toMatchObject({ ok: true, value: { host: 'electron', workspace } });
  const bad = await window.evaluate(() => window.atlas!.createDecision({ title: 42 }));
  expect(bad).toMatchObject({ ok: false, error: { code: 'bad-request' } });
});

test('navigation away from the app and new windows are refused', async () => {
  const window = await app.firstWindow();
  await window.evaluate(() => { location.href = 'https://example.com/'; });
  await window.waitForTimeout(500);
  expect(window.url()).toMatch(/^app:\/\/atlas\//);
  await window.evaluate(() => window.open('https://example.com/'));
  await window.waitForTimeout(500);
  expect(app.windows()).toHaveLength(1);
});

test('a deep link opens an entry, and Alt+Left goes back', async () => {
  const window = await app.firstWindow();
  await window.evaluate(() => { location.hash = '#/entry/CM12'; });
  await expect(window.getByRole('heading', { name: /Models becoming inaccurate/ })).toBeVisible();
  await window.evaluate(() => { location.hash = '#/entry/T6'; });
  await expect(window.getByRole('heading', { name: 'Scalability vs Cost' })).toBeVisible();
  await window.keyboard.press('Alt+ArrowLeft');
  await expect(window.getByRole('heading', { name: /Models becoming inaccurate/ })).toBeVisible();
});
