// IPC calls are accepted only from our window's top frame on app://atlas.
import { describe, expect, it } from 'vitest';
import { isTrustedSender } from './sender-policy.ts';

const origin = 'app://atlas';
const ok = { fromOurWindow: true, fromMainFrame: true, frameUrl: 'app://atlas/index.html#/catalog' };

describe('isTrustedSender', () => {
  it('accepts our window on app://atlas', () => {
    expect(isTrustedSender(ok, origin)).toBe(true);
  });

  it.each([
    ['another window', { ...ok, fromOurWindow: false }],
    ['an iframe', { ...ok, fromMainFrame: false }],
    ['a destroyed frame', { ...ok, frameUrl: null }],
    ['a web page', { ...ok, frameUrl: 'https://evil.example/' }],
    ['a file URL', { ...ok, frameUrl: 'file:///etc/passwd' }],
    ['a look-alike host', { ...ok, frameUrl: 'app://atlas.evil/' }],
    ['garbage', { ...ok, frameUrl: 'not a url' }],
    ['credentials in the URL', { ...ok, frameUrl: 'app://user@atlas/' }],
  ])('refuses %s', (_what, facts) => {
    expect(isTrustedSender(facts, origin)).toBe(false);
  });
});
