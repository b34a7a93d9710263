import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readFrontMatter } from './front-matter.ts';
import { flowList, yamlScalar } from './yaml-values.ts';

describe('readFrontMatter', () => {
  it('gives each key its value span, keys in order, after a BOM too', () => {
    const text =
      '\uFEFF---\r\nnav_order: 0032\r\nstatus: "on hold"\r\ntags:\r\n  - a\r\n  - b\r\ndate:\r\n---\r\n# T\r\n';
    const fm = readFrontMatter(text)!;
    expect(fm.keys).toEqual(['nav_order', 'status', 'tags', 'date']);
    const status = fm.entries.get('status')!.value;
    expect(status).toMatchObject({ kind: 'scalar', style: 'QUOTE_DOUBLE', text: 'on hold' });
    expect(text.slice(status.span.start, status.span.end)).toBe('"on hold"');
    expect(fm.entries.get('nav_order')!.value).toMatchObject({ text: '0032' });
    expect(fm.entries.get('tags')!.value).toMatchObject({ kind: 'seq', flow: false, items: ['a', 'b'], column: 2 });
    expect(fm.entries.get('date')!.value).toMatchObject({ kind: 'scalar', text: null });
    expect(text.slice(fm.bodyStart)).toBe('# T\r\n');
  });

  it('reports YAML errors instead of throwing, and ignores a file without front matter', () => {
    expect(readFrontMatter('---\na: [\n---\n# T\n')?.error).toMatch(/^malformed front matter/);
    expect(readFrontMatter('# T\n---\n')).toBeNull();
  });
});

describe('yamlScalar', () => {
  it('keeps the style it is given, quoting a plain value only when it must', () => {
    expect(yamlScalar('on hold', 'PLAIN')).toBe('on hold');
    expect(yamlScalar('a: b', 'PLAIN')).toBe('"a: b"');
    expect(yamlScalar('123', 'PLAIN')).toBe('"123"');
    expect(yamlScalar("it's", 'QUOTE_SINGLE')).toBe("'it''s'");
    expect(yamlScalar('x', 'QUOTE_DOUBLE')).toBe('"x"');
  });

  it('always reads back as the same string', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK'), (value, style) => {
        expect(parse(`k: ${yamlScalar(value, style as 'PLAIN')}`, { schema: 'core' }).k ?? '').toBe(value);
        expect(parse(`k: ${flowList([value, 'x'])}`, { schema: 'core' }).k).toEqual([value, 'x']);
      }),
    );
  });
});
