// The loopback web host: the built renderer, the API over HTTP and status events over SSE, guarded by a per-launch token.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Api, ApiEvents } from '../common/api.ts';
import { AppError, withoutPaths, type ErrorData, type Result } from '../common/errors.ts';
import { dispatch } from '../node/api/dispatch.ts';
import { acceptedEncoding, encodedBody } from './compressed-body.ts';
import { cookieName, isJsonContentType, originProblem, sameToken, tokenFromCookie } from './access.ts';
import { securityHeaders } from '../node/serving/security-headers.ts';
import { StaticAssets } from './static-assets.ts';
import { FrozenAnswers } from './frozen-answers.ts';
import { streamWorkspaceStatus, workspaceStatusPath } from './status-events.ts';

const maxBody = 12 * 1024 * 1024;

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  type = 'text/plain; charset=utf-8',
  head = false,
  headers: Record<string, string> = {},
) {
  if (res.headersSent) return void res.end();
  res.writeHead(status, { ...securityHeaders, 'Content-Type': type, 'Cache-Control': 'no-store', ...headers });
  res.end(head ? undefined : body);
}

/** An API answer, which may be large (the list), compressed when the browser accepts it. */
async function sendAnswer(req: IncomingMessage, res: ServerResponse, result: Result<unknown>, answers: FrozenAnswers) {
  const encoding = acceptedEncoding(req.headers['accept-encoding']);
  const encoded = result.ok
    ? await answers.body(result.value, encoding)
    : await encodedBody(JSON.stringify(failure(result.error)), encoding);
  const headers: Record<string, string> = { Vary: 'Accept-Encoding' };
  if (encoded.encoding) headers['Content-Encoding'] = encoded.encoding;
  send(res, 200, encoded.body, 'application/json', false, headers);
}

/** A file of the built renderer, from memory; a browser holding this version already is answered 304. */
async function sendStatic(req: IncomingMessage, res: ServerResponse, assets: StaticAssets, urlPath: string) {
  // A file the host may not read is as good as missing to the page.
  const file = await assets.get(urlPath).catch(() => null);
  if (!file) return send(res, 404, 'Not found');
  const headers = { ...securityHeaders, 'Cache-Control': file.cacheControl, ETag: file.etag, Vary: 'Accept-Encoding' };
  if (req.headers['if-none-match'] === file.etag) {
    res.writeHead(304, headers);
    return res.end();
  }
  const { body, encoding } = await file.body(acceptedEncoding(req.headers['accept-encoding']));
  res.writeHead(200, {
    ...headers,
    'Content-Type': file.type,
    'Content-Length': String(body.length),
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBody) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(req: IncomingMessage, res: ServerResponse, api: Api, op: string, answers: FrozenAnswers) {
  if (req.method !== 'POST') return send(res, 405, 'Use POST');
  // JSON-only bodies keep plain HTML forms (which cannot set this type) from reaching the API.
  if (!isJsonContentType(req.headers['content-type'])) return send(res, 415, 'Send application/json');
  const body = await readBody(req);
  if (body === null) return send(res, 413, 'Request too large');
  let args: unknown;
  try {
    args = JSON.parse(body || '[]');
  } catch {
    const refusal = failure(new AppError('bad-request', 'Body is not JSON').toData());
    return send(res, 400, JSON.stringify(refusal), 'application/json');
  }
  await sendAnswer(req, res, await dispatch(api, op, args), answers);
}

/** A failure as the page may see it: where files live on this machine stays out of the message. */
function failure(error: ErrorData): Result<never> {
  return { ok: false, error: { ...error, message: withoutPaths(error.message) } };
}

export async function startWebHost(opts: {
  rendererDir: string;
  api: Api;
  events: ApiEvents;
  port?: number;
  token?: string;
}): Promise<WebHost> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  let port = 0;
  // The token in the printed URL is good for one exchange: a copy left in a history, log or screenshot opens nothing.
  let exchanged = false;
  const assets = new StaticAssets(opts.rendererDir);
  const answers = new FrozenAnswers();
  const server = createServer((req, res) => {
    void (async () => {
      const problem = originProblem(req, port);
      if (problem) return send(res, 403, problem);
      const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
      const given = url.searchParams.get('token');
      if (given !== null) {
        if (!sameToken(given, token)) return send(res, 401, 'Wrong access token: open the URL the web host printed.');
        if (exchanged) return send(res, 401, 'This link has been used: restart the web host for a new one.');
        exchanged = true;
        res.writeHead(303, {
          ...securityHeaders,
          // A cached redirect would replay the cookie's token to whoever reads the cache.
          'Cache-Control': 'no-store',
          'Set-Cookie': `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`,
          Location: url.pathname,
        });
        return res.end();
      }
      const presented =
        tokenFromCookie(req.headers.cookie, port) ?? (req.headers['x-atlas-token'] as string | undefined);
      if (!sameToken(presented, token))
        return send(res, 401, 'Open the URL the web host printed: it carries the access token.');
      if (url.pathname === workspaceStatusPath) return streamWorkspaceStatus(req, res, opts.events);
      if (url.pathname.startsWith('/api/')) return handleApi(req, res, opts.api, url.pathname.slice(5), answers);
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
      await sendStatic(req, res, assets, url.pathname);
    })().catch((error: unknown) => {
      // The details go to the terminal that started the host, not to the page.
      process.stderr.write(`web host: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      send(res, 500, 'Internal error: see the terminal running the web host.');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
