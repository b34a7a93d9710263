// The browser's own share of "list shown after navigation": a blank page, served with the host's response headers,
// opened the same way (a new tab, then navigation) until its first frame. Cross-Origin-Opener-Policy puts a page in
// a browsing context group of its own, so a new tab's renderer process is started only once the response is in,
// rather than during the request; the same page without that header shows how much of the floor that is.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { securityHeaders } from '../../electron/node/serving/security-headers.ts';
import { percentile } from './report.ts';

const blankPage = '<!doctype html><html lang="en"><title>Blank</title><p>Blank</p></html>';

/** In the page, from before its own scripts: the time of the first frame after the document is parsed. */
function recordFirstFrame(): void {
  document.addEventListener('DOMContentLoaded', () =>
    requestAnimationFrame(() => ((window as unknown as { firstFrameAt?: number }).firstFrameAt = performance.now())),
  );
}

export async function blankPageFloor(
  browser: Browser,
  loads: number,
): Promise<{ withHeaders: number; withoutOpenerPolicy: number }> {
  const withoutOpenerPolicy = Object.fromEntries(
    Object.entries(securityHeaders).filter(([name]) => name !== 'Cross-Origin-Opener-Policy'),
  );
  const server = createServer((req, res) => {
    res.writeHead(200, {
      ...(req.url === '/without-coop' ? withoutOpenerPolicy : securityHeaders),
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
    });
    res.end(blankPage);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(recordFirstFrame);
  const firstFrame = async (path: string) => {
    const page = await context.newPage();
    await page.goto(origin + path);
    const at = await page.waitForFunction(() => (window as unknown as { firstFrameAt?: number }).firstFrameAt);
    const ms = (await at.jsonValue()) as number;
    await page.close();
    return ms;
  };
  try {
    const samples = { withHeaders: [] as number[], withoutOpenerPolicy: [] as number[] };
    // Alternated, so both see the machine alike.
    for (let i = 0; i < loads; i++) {
      samples.withHeaders.push(await firstFrame('/'));
      samples.withoutOpenerPolicy.push(await firstFrame('/without-coop'));
    }
    return {
      withHeaders: percentile(samples.withHeaders, 50),
      withoutOpenerPolicy: percentile(samples.withoutOpenerPolicy, 50),
    };
  } finally {
    await context.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
