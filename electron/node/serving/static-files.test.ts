// The static file resolver never leaves the renderer folder, however the path is spelled.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { contentType, resolveInside } from './static-files.ts';

const root = path.resolve('/srv/renderer');

describe('resolveInside', () => {
  it('maps / to index.html and keeps ordinary files', () => {
    expect(resolveInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveInside(root, '/assets/app.js?v=1')).toBe(path.join(root, 'assets/app.js'));
  });

  it.each([
    '/../etc/passwd',
    '/assets/../../secret',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%5c..%5cwin.ini',
    '/a%00.js',
    '/%E0%A4%A',
  ])('refuses %s', (p) => {
    expect(resolveInside(root, p)).toBeNull();
  });

  it('names content types', () => {
    expect(contentType('x.js')).toMatch(/javascript/);
    expect(contentType('x.unknown')).toBe('application/octet-stream');
  });
});
