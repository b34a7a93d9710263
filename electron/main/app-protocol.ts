// The app:// protocol: serves the built renderer from disk through the traversal-safe resolver.
import { net, protocol } from 'electron';
import { stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { resolveInside } from '../node/serving/static-files.ts';
import { contentSecurityPolicy } from '../node/serving/security-headers.ts';

export const appScheme = 'app';
export const appOrigin = `${appScheme}://atlas`;

/**
 * Must run before the app is ready: app:// behaves like https (secure context, fetch, storage), and V8 keeps the code
 * it compiled from its scripts, so a later start parses and compiles less before the first screen.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'atlas' ? resolveInside(rendererDir, url.pathname) : null;
    // Only regular files: a folder would be served as a file:// directory listing, a missing file would throw.
    const isFile = file
      ? await stat(file).then(
          (s) => s.isFile(),
          () => false,
        )
      : false;
    if (!file || !isFile) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
