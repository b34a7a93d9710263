// Who may talk to the web host: loopback Host and Origin headers only, and the per-launch token.
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** Per port: cookies ignore ports, and two web hosts on one machine must not overwrite each other's token. */
export const cookieName = (port: number) => `atlas_token_${port}`;

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/** Refuses DNS-rebinding (foreign Host) and cross-site requests (foreign Origin). */
export function originProblem(req: IncomingMessage, port: number): string | null {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host)) return 'Host header is not this loopback server';
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null' && ![...hosts].some((h) => origin === `http://${h}`)) {
    return 'Origin is not this loopback server';
  }
  if (origin === 'null') return 'Opaque origins are refused';
  return null;
}

export function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function tokenFromCookie(header: string | undefined, port: number): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === cookieName(port)) return value.join('=');
  }
  return undefined;
}

/**
 * Exactly `application/json`, with at most a UTF-8 charset: HTML forms cannot send it, and look-alikes such as
 * `application/json-patch+json` or `application/jsonx` are refused rather than parsed as JSON.
 */
export function isJsonContentType(header: string | undefined): boolean {
  return /^application\/json\s*(;\s*charset\s*=\s*("?)utf-8\2\s*)?$/i.test(header ?? '');
}
