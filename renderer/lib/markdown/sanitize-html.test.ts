// The DOMPurify settings and hook, and failing closed where DOMPurify cannot run (as in these node tests).
import { describe, expect, it } from 'vitest';
import { createSanitizer, hardenElement, purifyConfig, sanitizeHtml } from './sanitize-html.ts';

function element(tagName: string, attrs: Record<string, string>) {
  const map = new Map(Object.entries(attrs));
  return {
    tagName,
    getAttribute: (n: string) => map.get(n) ?? null,
    setAttribute: (n: string, v: string) => void map.set(n, v),
    removeAttribute: (n: string) => void map.delete(n),
    attrs: map,
  };
}

describe('hardenElement', () => {
  it('keeps only the classes the renderer writes', () => {
    const td = element('TD', { class: 'align-right hidden' });
    hardenElement(td);
    expect(td.attrs.get('class')).toBe('align-right');
    const code = element('CODE', { class: 'language-mermaid' });
    hardenElement(code);
    expect(code.attrs.get('class')).toBe('language-mermaid');
    const p = element('P', { class: 'sr-only' });
    hardenElement(p);
    expect(p.attrs.has('class')).toBe(false);
  });

  it('adds rel to safe links', () => {
    const a = element('A', { href: 'https://example.com' });
    hardenElement(a);
    expect(Object.fromEntries(a.attrs)).toEqual({ href: 'https://example.com', rel: 'noopener noreferrer' });
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:x', 'vbscript:x', 'file:///etc/passwd', 'relative.md'])(
    'drops the href %s',
    (href) => {
      const a = element('A', { href });
      hardenElement(a);
      expect(a.attrs.has('href')).toBe(false);
      expect(a.attrs.has('rel')).toBe(false);
    },
  );

  it('drops image sources that are not data: or blob:', () => {
    const remote = element('IMG', { src: 'https://evil.example/p.png', alt: 'p' });
    const inline = element('IMG', { src: 'data:image/png;base64,AA==', alt: 'p' });
    hardenElement(remote);
    hardenElement(inline);
    expect(remote.attrs.has('src')).toBe(false);
    expect(inline.attrs.get('src')).toBe('data:image/png;base64,AA==');
  });
});

describe('purifyConfig', () => {
  it('forbids scripts, frames, forms and inline styles', () => {
    expect(purifyConfig.FORBID_TAGS).toEqual(expect.arrayContaining(['script', 'iframe', 'form', 'style']));
    expect(purifyConfig.FORBID_ATTR).toContain('style');
    expect(purifyConfig.ALLOWED_ATTR.some((a) => a.startsWith('on'))).toBe(false);
    expect(purifyConfig.ALLOWED_URI_REGEXP.test('javascript:alert(1)')).toBe(false);
    expect(purifyConfig.ALLOWED_URI_REGEXP.test('https://example.com')).toBe(true);
  });
});

describe('createSanitizer', () => {
  it('fails closed to escaped text without a DOM', () => {
    expect(sanitizeHtml('<img src=x onerror="alert(1)">')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  it('runs a working DOMPurify with the config and the hardening hook', () => {
    const calls: unknown[] = [];
    const hooks: string[] = [];
    const fake = {
      isSupported: true,
      sanitize: (html: string, config: unknown) => {
        calls.push(config);
        return `clean:${html}`;
      },
      addHook: (name: string) => void hooks.push(name),
    } as unknown as Parameters<typeof createSanitizer>[0];
    expect(createSanitizer(fake)('<p>x</p>')).toBe('clean:<p>x</p>');
    expect(calls).toEqual([purifyConfig]);
    expect(hooks).toEqual(['afterSanitizeAttributes']);
  });
});
