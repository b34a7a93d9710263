// The renderer's files from memory: read and compressed once, read again only when the file changed on disk.
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/fixtures/store/temp-dir.ts';
import { StaticAssets } from './static-assets.ts';

const script = 'export const rows = [' + Array.from({ length: 400 }, (_, n) => `"row ${n}"`).join(',') + '];\n';

async function rendererFolder() {
  const dir = tempDir('atlas-static-');
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(path.join(dir, 'assets', 'index-AbC123.js'), script);
  return dir;
}

describe('StaticAssets', () => {
  it('keeps each file with its compressed copies, and gives the same one until the file changes', async () => {
    const dir = await rendererFolder();
    const assets = new StaticAssets(dir);
    const js = (await assets.get('/assets/index-AbC123.js'))!;
    expect(js.type).toBe('text/javascript; charset=utf-8');
    const br = await js.body('br');
    expect(br.encoding).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(script);
    expect(gunzipSync((await js.body('gzip')).body).toString()).toBe(script);
    expect(await assets.get('/assets/index-AbC123.js')).toBe(js);
    expect((await js.body('br')).body).toBe(br.body);

    const later = new Date(Date.now() + 5000);
    await writeFile(path.join(dir, 'assets', 'index-AbC123.js'), script.replace('row 1"', 'row one"'));
    await utimes(path.join(dir, 'assets', 'index-AbC123.js'), later, later);
    const rebuilt = (await assets.get('/assets/index-AbC123.js'))!;
    expect(rebuilt.identity.toString()).toContain('row one');
    expect(rebuilt.etag).not.toBe(js.etag);
  });

  it('lets the browser keep hashed assets for good and ask again for the page, which is sent uncompressed', async () => {
    const assets = new StaticAssets(await rendererFolder());
    expect((await assets.get('/assets/index-AbC123.js'))!.cacheControl).toMatch(/immutable/);
    const page = (await assets.get('/'))!;
    expect(page.cacheControl).toBe('private, no-cache');
    expect(await page.body('br')).toEqual({ body: page.identity, encoding: null });
  });

  it('finds nothing outside the folder, nor a folder, nor a missing file', async () => {
    const assets = new StaticAssets(await rendererFolder());
    expect(await assets.get('/../../etc/passwd')).toBeNull();
    expect(await assets.get('/assets')).toBeNull();
    expect(await assets.get('/assets/gone.js')).toBeNull();
  });
});
