// The UI on logs of 1,000, 5,000 and 20,000 decisions, in Chromium through the web host, as a user meets it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startHost, type RunningHost } from '../e2e/web-host.ts';
import { generatedLog } from './generated-log.ts';
import { blankPageFloor } from './blank-page-floor.ts';
import { percentile, printSection } from './report.ts';
import { typePerKeystroke } from './ui-keystrokes.ts';

// ATLAS_UI_SIZES=20000 measures one size only, for a quick look.
const sizes = (process.env['ATLAS_UI_SIZES'] ?? '1000,5000,20000').split(',').map(Number);
// On a shared two-core machine a median of three navigations moved by 300 ms from run to run, and a p95 of four
// queries (37 keystrokes) rested on its two slowest, and the p95 of seven saves was their slowest: nine navigations,
// twelve queries typed once each, twenty saves.
const loadsPerSize = 9;
const savesPerSize = 20;
const filterQueries = [
  'drift',
  'service 123',
  'managed feature',
  'canary',
  'registry',
  'gpu cluster',
  'service 19999',
  'online learning',
  'batch',
  'validation',
  'vendor',
  'retraining for service 7',
];
const searchQueries = [
  'concept drift',
  'feature store',
  'LR116',
  'service 42',
  'technical debt',
  'scalability',
  'model registry',
  'CM27',
  'monitoring',
  'latency',
  'data validation',
  'reproducibility',
];
const median = (xs: number[]) => percentile(xs, 50);

async function logFolder(count: number): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), `atlas-ui-bench-${count}-`));
  const log = generatedLog(count);
  // In batches: twenty thousand files opened at once exceed the process's file limit.
  for (let i = 0; i < log.length; i += 256)
    await Promise.all(log.slice(i, i + 256).map((d) => writeFile(path.join(dir, d.id), d.markdown)));
  return dir;
}

/**
 * Watches, from before the page's own scripts run, for the first frame whose DOM holds a list row and the whole count,
 * and keeps that frame's time. Polled from outside instead, the time also held how long Playwright took to start its
 * poller after the load event and to get the page's main thread afterwards: 10 to 840 ms more, measured.
 */
function watchForList(count: number): void {
  const shown = () =>
    document.querySelector('#decision-list [role="option"][data-id]') !== null &&
    document.querySelector('.list-pane h1 .count')?.textContent === String(count);
  const observer = new MutationObserver(() => {
    if (!shown()) return;
    observer.disconnect();
    requestAnimationFrame(() => ((window as unknown as { listShownAt?: number }).listShownAt = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/** Navigation to the Decisions screen until its list shows records and counts all of them. */
async function openDecisions(page: Page, host: RunningHost): Promise<number> {
  await page.goto(`${host.origin}/#/decisions`);
  const shown = await page.waitForFunction(() => (window as unknown as { listShownAt?: number }).listShownAt, null, {
    timeout: 120_000,
  });
  return (await shown.jsonValue()) as number;
}

/** The JS heap in use after a full collection, in MB. */
async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024;
}

/** From the update request leaving the page to "All changes saved" shown: the typing pause before it is excluded. */
async function saveOnce(page: Page, title: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { saveStart?: number };
    const real = window.fetch.bind(window);
    delete w.saveStart;
    window.fetch = (input, init) => {
      if (String(input).endsWith('api/updateDecision')) w.saveStart = performance.now();
      return real(input, init);
    };
  });
  await page.locator('#decision-title').fill(title);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { saveStart?: number };
        const check = () => {
          const saved = document.querySelector('[role="status"].status.saved');
          if (w.saveStart !== undefined && saved) resolve(performance.now() - w.saveStart);
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** The JavaScript the first screen (the catalogue) loads, gzipped, in KB. */
async function firstScreenJs(context: BrowserContext, host: RunningHost): Promise<number> {
  const page = await context.newPage();
  const scripts = new Set<string>();
  // The page's scripts and its workers': a worker that has ended can no longer give its response's body, so each
  // script is read again by URL.
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) scripts.add(r.url());
  });
  await page.goto(`${host.origin}/`);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:interactive').length > 0);
  await page.close();
  const bodies = await Promise.all([...scripts].map(async (url) => (await context.request.get(url)).body()));
  const sizes = bodies.map((b) => gzipSync(b, { level: 9 }).length);
  return sizes.reduce((a, b) => a + b, 0) / 1024;
}

/** A browser context holding the host's session cookie: the printed URL's token is good for one exchange only. */
async function signedIn(browser: Browser, host: RunningHost, count: number): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(watchForList, count);
  const page = await context.newPage();
  await page.goto(host.url);
  await page.close();
  return context;
}

/** Until the list holds every record: the first screen shows before the rest of a large list is read. */
async function wholeList(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (n) => document.querySelector('#decision-list [role="option"]')?.getAttribute('aria-setsize') === String(n),
    count,
    { timeout: 120_000 },
  );
}

async function measureSize(context: BrowserContext, host: RunningHost, count: number) {
  const shown: number[] = [];
  let page: Page | undefined;
  for (let i = 0; i < loadsPerSize; i++) {
    await page?.close();
    page = await context.newPage();
    shown.push(await openDecisions(page, host));
    // The next navigation starts with the host and the browser at rest, as a user's does: closed while the rest of
    // the list was still on its way, a page left the host sending it during the next one's start.
    await wholeList(page, count);
  }
  page = page!;
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  const heap = await heapMb(page);
  const filter = await typePerKeystroke(
    page,
    'input[aria-label="Filter decisions by text"]',
    '#decision-list',
    filterQueries,
  );
  const search = await typePerKeystroke(page, 'input[aria-label="Search"]', '#search-results', searchQueries);
  await page.locator('#decision-list [role="option"][data-id]').nth(3).click();
  await page.locator('#decision-title').waitFor();
  const saves: number[] = [];
  for (let i = 0; i < savesPerSize; i++) saves.push(await saveOnce(page, `Adopt a bench edit ${i}`));
  await page.close();
  return { shown: median(shown), elements, heap, filter, search, saves };
}

export async function uiBench(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--enable-precise-memory-info'],
  });
  try {
    for (const count of sizes) {
      const dir = await logFolder(count);
      const host = await startHost(dir);
      try {
        const context = await signedIn(browser, host, count);
        const m = await measureSize(context, host, count);
        const js = count === sizes[0] ? await firstScreenJs(context, host) : null;
        await context.close();
        const target = (value: number) => (count === 20_000 ? { label: 'target', value } : undefined);
        printSection(`UI at ${count.toLocaleString('en')} decisions, Chromium through the web host`, [
          { name: 'Decisions list shown after navigation, median', value: m.shown, unit: 'ms', against: target(800) },
          { name: 'DOM elements on the Decisions screen', value: m.elements, unit: 'el', against: target(3000) },
          { name: 'JS heap after load (after GC)', value: m.heap, unit: 'MB', against: target(80) },
          { name: 'decisions filter per keystroke, p50', value: percentile(m.filter, 50), unit: 'ms' },
          {
            name: 'decisions filter per keystroke, p95',
            value: percentile(m.filter, 95),
            unit: 'ms',
            against: target(16),
          },
          { name: 'global search per keystroke, p50', value: percentile(m.search, 50), unit: 'ms' },
          {
            name: 'global search per keystroke, p95',
            value: percentile(m.search, 95),
            unit: 'ms',
            against: target(16),
          },
          {
            name: 'save one edit, request → "saved" shown, p95',
            value: percentile(m.saves, 95),
            unit: 'ms',
            against: target(50),
          },
          ...(js === null
            ? []
            : [
                {
                  name: 'JS for the first screen, gzipped',
                  value: js,
                  unit: 'KB',
                  against: { label: 'target', value: 150 },
                },
              ]),
        ]);
      } finally {
        await host.stop();
        await rm(dir, { recursive: true, force: true });
      }
    }
    const floor = await blankPageFloor(browser, loadsPerSize);
    printSection('Browser floor: a blank page opened the same way (new tab, navigation, first frame)', [
      { name: "blank page with the host's response headers, median", value: floor.withHeaders, unit: 'ms' },
      { name: 'the same without Cross-Origin-Opener-Policy, median', value: floor.withoutOpenerPolicy, unit: 'ms' },
    ]);
  } finally {
    await browser.close();
  }
}
