// The web host: token, Host and Origin checks, JSON-only API calls, status events over SSE, no paths on the page.
import type * as FsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../tests/fixtures/store/temp-dir.ts';
import type { Api, ApiEvents } from '../common/api.ts';
import { createHostApi, workspaceEvents } from '../node/api/host-api.ts';
import { openFolderWorkspace } from '../node/folder/open-workspace.ts';
import { startWebHost, type WebHost } from './server.ts';

// A durable write starts with its temp file; while the disk is "full" that fails as ENOSPC would, for any user.
const disk = vi.hoisted(() => ({ full: false }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof FsPromises>();
  const open: typeof fs.open = async (file, ...rest) => {
    if (disk.full && String(file).endsWith('.tmp'))
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    return fs.open(file, ...rest);
  };
  return { ...fs, open, default: { ...fs, open } };
});

let host: WebHost;
let dir: string;
const token = 'test-token-1234567890';
const api = {
  appInfo: async () => ({ version: '1', host: 'web', workspace: '/w', nativeDialogs: false }),
} as unknown as Api;
const events: ApiEvents = {
  onWorkspaceStatus: (listener) => {
    listener({
      state: 'saved',
      message: null,
      path: '/w',
      unreadable: [],
      revision: 0,
      judgesRevision: 0,
      notice: null,
    });
    return () => undefined;
  },
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'atlas-web-'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  host = await startWebHost({ rendererDir: dir, api, events, token });
});
afterAll(async () => {
  await host.close();
  await rm(dir, { recursive: true, force: true });
});

function call(
  p: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
  port = host.port,
) {
  type Reply = { status: number; headers: Record<string, unknown>; body: string; bytes: Buffer };
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: p, method: opts.method ?? 'GET', headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const bytes = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes });
        });
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
    expect(res.headers['cache-control']).toBe('no-store');
    expect(String(res.headers['set-cookie'])).toMatch(
      new RegExp(`atlas_token_${host.port}=.*HttpOnly; SameSite=Strict`),
    );
    // The URL's token was good once: the same link again opens nothing, the cookie still does.
    const again = await call(`/?token=${token}`);
    expect(again.status).toBe(401);
    expect(again.headers['set-cookie']).toBeUndefined();
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
    const typed = async (type: string) =>
      (await call('/api/appInfo', { method: 'POST', body: '[]', headers: { ...auth, 'content-type': type } })).status;
    expect(await typed('text/plain')).toBe(415);
    for (const lookalike of ['application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1'])
      expect(await typed(lookalike)).toBe(415);
    for (const exact of ['application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])
      expect(await typed(exact)).toBe(200);
    const unknown = await call('/api/deleteEverything', { method: 'POST', body: '[]', headers: json });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const garbage = await call('/api/appInfo', { method: 'POST', body: '{not json', headers: json });
    expect(garbage.status).toBe(400);
  });

  it('replies to a failure without the absolute paths its message had', async () => {
    const secret = path.join(dir, 'private', 'records', '0001-x.md');
    const failing = {
      appInfo: async () => {
        throw new Error(`EACCES: permission denied, open '${secret}'`);
      },
    } as unknown as Api;
    const other = await startWebHost({ rendererDir: dir, api: failing, events, token });
    try {
      const res = await call('/api/appInfo', { method: 'POST', body: '[]', headers: json }, other.port);
      expect(JSON.parse(res.body)).toMatchObject({ ok: false });
      expect(res.body).not.toContain(dir);
      expect(res.body).not.toMatch(/"\/(tmp|home|Users)\//);
    } finally {
      await other.close();
    }
  });

  it('compresses a large file for a browser that accepts brotli or gzip, and sends it as it is otherwise', async () => {
    const text = JSON.stringify(
      Array.from({ length: 4000 }, (_, n) => ({ id: `${n}-record.md`, title: `Record ${n}` })),
    );
    await writeFile(path.join(dir, 'large.json'), text);
    const br = await call('/large.json', { headers: { ...auth, 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.bytes.length).toBeLessThan(text.length / 4);
    expect(brotliDecompressSync(br.bytes).toString()).toBe(text);
    const gz = await call('/large.json', { headers: { ...auth, 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.bytes).toString()).toBe(text);
    const plain = await call('/large.json', { headers: auth });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(text);
    // A small answer is not worth compressing.
    const small = await call('/index.html', { headers: { ...auth, 'accept-encoding': 'br' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });

  it('answers a page that holds the file already with 304, and lets it keep hashed assets without asking', async () => {
    await mkdir(path.join(dir, 'assets'), { recursive: true });
    await writeFile(path.join(dir, 'assets', 'main-Hash1.js'), 'export {};\n');
    const first = await call('/assets/main-Hash1.js', { headers: auth });
    expect(first.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(first.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const etag = String(first.headers['etag']);
    const again = await call('/assets/main-Hash1.js', { headers: { ...auth, 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.bytes.length).toBe(0);
    const page = await call('/', { headers: auth });
    expect(page.headers['cache-control']).toBe('private, no-cache');
    expect(page.body).toBe('<!doctype html><title>x</title>');
  });

  it('never serves files outside the renderer folder', async () => {
    expect((await call('/../../etc/passwd', { headers: auth })).status).toBe(404);
    expect((await call('/%2e%2e/%2e%2e/etc/passwd', { headers: auth })).status).toBe(404);
  });
});

/** An SSE client: the response status, and each event's data as it arrives. */
function subscribe(port: number, headers: Record<string, string>) {
  return new Promise<{ status: number; next(): Promise<unknown>; close(): void }>((resolve, reject) => {
    const arrived: unknown[] = [];
    const waiting: ((data: unknown) => void)[] = [];
    const req = request({ host: '127.0.0.1', port, path: '/events/workspace-status', headers }, (res) => {
      let buffer = '';
      res.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
          const data: unknown = JSON.parse(buffer.slice(0, end).replace(/^data: /, ''));
          buffer = buffer.slice(end + 2);
          const waiter = waiting.shift();
          if (waiter) waiter(data);
          else arrived.push(data);
        }
      });
      resolve({
        status: res.statusCode ?? 0,
        next: () => (arrived.length ? Promise.resolve(arrived.shift()) : new Promise((r) => waiting.push(r))),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('workspace status events', () => {
  it('are refused without the token or from a foreign origin', async () => {
    expect((await subscribe(host.port, {})).status).toBe(401);
    const foreign = await subscribe(host.port, { ...auth, origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('reach an SSE client with each change, from the app or from outside, and failures carry no absolute path', async () => {
    const workspace = tempDir('atlas-web-ws-');
    const ws = await openFolderWorkspace(workspace, { watch: true });
    const real = await startWebHost({
      rendererDir: dir,
      api: createHostApi(ws, { host: 'web', version: 'test' }),
      events: workspaceEvents(ws),
      token,
    });
    const stream = await subscribe(real.port, { cookie: `atlas_token_${real.port}=${token}` });
    try {
      expect(stream.status).toBe(200);
      expect(await stream.next()).toMatchObject({ state: 'saved', message: null, revision: 0 });
      const create = (title: string) =>
        call('/api/createDecision', { method: 'POST', body: JSON.stringify([{ title }]), headers: json }, real.port);
      // A quick write is not announced: the answer says it is saved.
      expect(JSON.parse((await create('Use a feature store')).body)).toMatchObject({ ok: true });

      // Another editor (or git) changes a record: the page hears of it without asking.
      await writeFile(path.join(workspace, '0001-use-a-feature-store.md'), '# Use a feature store\n\nEdited.\n');
      expect(await stream.next()).toMatchObject({ state: 'saved', revision: 1 });

      disk.full = true;
      const failed = JSON.parse((await create('Not saved')).body) as { error: { code: string; message: string } };
      expect(failed.error.code).toBe('io');
      expect(failed.error.message).toMatch(/^Could not save 0002-not-saved\.md: the disk is full/);
      const error = (await stream.next()) as { state: string; message: string };
      expect(error.state).toBe('error');
      expect(error.message).toContain('0002-not-saved.md');
      expect(error.message).not.toContain(workspace);
    } finally {
      disk.full = false;
      stream.close();
      await real.close();
      await ws.close();
    }
  });
});
