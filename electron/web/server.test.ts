// The web host refuses requests without the token, from foreign hosts or origins, and non-JSON API calls.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Api } from '../common/api.ts';
import { startWebHost, type WebHost } from './server.ts';

let host: WebHost;
let dir: string;
const token = 'test-token-1234567890';
const api = {
  appInfo: async () => ({ version: '1', host: 'web', workspace: '/w', nativeDialogs: false }),
} as unknown as Api;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-web-'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  host = await startWebHost({ rendererDir: dir, api, token });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

function call(p: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path: p, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const auth = { 'x-atlas-token': token };
const json = { ...auth, 'content-type': 'application/json' };

describe('web host access', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${token}`);
  });

  it('trades the token in the URL for an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await call(`/?token=${token}`);
    expect(res.status).toBe(303);
    expect(String(res.headers['set-cookie'])).toMatch(
      new RegExp(`atlas_token_${host.port}=.*HttpOnly; SameSite=Strict`),
    );
    const page = await call('/', { headers: { cookie: `atlas_token_${host.port}=${token}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('refuses requests without the right token', async () => {
    expect((await call('/')).status).toBe(401);
    expect((await call('/?token=wrong')).status).toBe(401);
    expect((await call('/', { headers: { cookie: `atlas_token_${host.port}=wrong` } })).status).toBe(401);
    // Another host's cookie (other port) is not ours.
    expect((await call('/', { headers: { cookie: `atlas_token_1=${token}` } })).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    expect((await call('/', { headers: { ...auth, host: `evil.example:${host.port}` } })).status).toBe(403);
    expect(
      (await call('/api/appInfo', { method: 'POST', body: '[]', headers: { ...json, origin: 'http://evil.example' } }))
        .status,
    ).toBe(403);
    expect(
      (await call('/api/appInfo', { method: 'POST', body: '[]', headers: { ...json, origin: 'null' } })).status,
    ).toBe(403);
  });

  it('answers API calls in an envelope and refuses non-JSON bodies and unknown operations', async () => {
    const ok = await call('/api/appInfo', {
      method: 'POST',
      body: '[]',
      headers: { ...json, origin: `http://127.0.0.1:${host.port}` },
    });
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, value: { host: 'web' } });
    expect(
      (await call('/api/appInfo', { method: 'POST', body: '[]', headers: { ...auth, 'content-type': 'text/plain' } }))
        .status,
    ).toBe(415);
    const unknown = await call('/api/deleteEverything', { method: 'POST', body: '[]', headers: json });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const garbage = await call('/api/appInfo', { method: 'POST', body: '{not json', headers: json });
    expect(garbage.status).toBe(400);
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await call('/../../etc/passwd', { headers: auth })).status).toBe(404);
    expect((await call('/%2e%2e/%2e%2e/etc/passwd', { headers: auth })).status).toBe(404);
  });
});
