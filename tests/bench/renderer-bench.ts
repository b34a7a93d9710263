// The explorer as a user meets it: navigation to interactive, search latency per keystroke, and JavaScript shipped.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startHost } from '../e2e/web-host.ts';
import { percentile, printSection } from './report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const queries = [
  'concept drift',
  'hyperparameter',
  'reproducibility',
  'LR116',
  'distributed training',
  'data validation pipeline',
];

async function gzippedJs(): Promise<number> {
  const assets = path.join(root, 'dist/renderer/assets');
  let total = 0;
  for (const f of await readdir(assets))
    if (f.endsWith('.js')) total += gzipSync(await readFile(path.join(assets, f)), { level: 9 }).length;
  return total / 1024;
}

export async function rendererBench(): Promise<void> {
  const host = await startHost();
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const loads: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(host.url);
      // App marks the moment its first render (catalogue list and search box included) is mounted.
      await page.waitForFunction(() => performance.getEntriesByName('atlas:interactive').length > 0);
      loads.push(await page.evaluate(() => performance.getEntriesByName('atlas:interactive')[0]!.startTime));
      if (i < 6) await page.close();
    }
    const page = browser.contexts()[0]!.pages().at(-1)!;
    const keystrokes = await page.evaluate(async (qs) => {
      const input = document.querySelector<HTMLInputElement>('input[aria-label="Search"]')!;
      input.focus();
      const samples: number[] = [];
      for (const q of qs) {
        for (let n = 1; n <= q.length; n++) {
          const start = performance.now();
          input.value = q.slice(0, n);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Svelte applies the update in a microtask; reading layout then forces style and layout of the results.
          await Promise.resolve();
          await Promise.resolve();
          document.getElementById('search-results')?.getBoundingClientRect();
          samples.push(performance.now() - start);
        }
      }
      return samples;
    }, queries);
    const js = await gzippedJs();
    printSection(
      `Explorer in Chromium through the web host (7 loads; ${keystrokes.length} keystrokes over ${queries.length} queries)`,
      [
        {
          name: 'navigation → interactive explorer, p50',
          value: percentile(loads, 50),
          unit: 'ms',
          against: { label: 'target', value: 1000 },
        },
        {
          name: 'navigation → interactive explorer, worst',
          value: Math.max(...loads),
          unit: 'ms',
          against: { label: 'target', value: 1000 },
        },
        {
          name: 'search per keystroke (update + layout), p50',
          value: percentile(keystrokes, 50),
          unit: 'ms',
          against: { label: 'one frame', value: 16 },
        },
        {
          name: 'search per keystroke (update + layout), p95',
          value: percentile(keystrokes, 95),
          unit: 'ms',
          against: { label: 'one frame', value: 16 },
        },
        { name: 'renderer JavaScript, gzipped', value: js, unit: 'KB', against: { label: 'budget', value: 350 } },
      ],
    );
  } finally {
    await browser.close();
    await host.dispose();
  }
}
