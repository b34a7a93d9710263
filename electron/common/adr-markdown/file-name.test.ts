import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decisionFileName, numberFromFileName, slugify } from './file-name.ts';

describe('decisionFileName', () => {
  it('pads the number and slugs the title', () => {
    expect(decisionFileName(7, 'Use PostgreSQL for the Feature Store!')).toBe(
      '0007-use-postgresql-for-the-feature-store.md',
    );
    expect(decisionFileName(12345, 'x')).toBe('12345-x.md');
  });

  it('keeps hostile titles inside the folder', () => {
    expect(decisionFileName(1, '../../etc/passwd')).toBe('0001-etc-passwd.md');
    expect(decisionFileName(2, 'C:\\Windows\\system32')).toBe('0002-c-windows-system32.md');
    expect(decisionFileName(3, '....')).toBe('0003-untitled.md');
    expect(decisionFileName(4, '')).toBe('0004-untitled.md');
    expect(decisionFileName(5, 'Ünïcödé café')).toBe('0005-unicode-cafe.md');
    expect(decisionFileName(6, '日本語')).toBe('0006-untitled.md');
  });

  it('never yields a Windows device name, with or without the prefix', () => {
    for (const name of ['CON', 'prn', 'Aux', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9']) {
      expect(slugify(name)).toBe(`${name.toLowerCase()}-adr`);
      expect(decisionFileName(1, name)).toBe(`0001-${name.toLowerCase()}-adr.md`);
    }
    expect(slugify('console')).toBe('console');
  });

  it('caps the slug at 60 characters without a trailing dash', () => {
    const slug = slugify('word '.repeat(100));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith('-')).toBe(false);
  });

  it('always yields a plain file name for any title', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 99999 }), (title, n) => {
        const name = decisionFileName(n, title);
        expect(name).toMatch(/^\d{4,5}-[a-z0-9]+(-[a-z0-9]+)*\.md$/);
        expect(numberFromFileName(name)).toBe(n);
      }),
    );
  });

  it('takes 0 (a folder may start at 0000) and rejects numbers that are not whole and at least 0', () => {
    expect(decisionFileName(0, 'x')).toBe('0000-x.md');
    expect(() => decisionFileName(-1, 'x')).toThrow(RangeError);
    expect(() => decisionFileName(1.5, 'x')).toThrow(RangeError);
  });
});

describe('numberFromFileName', () => {
  it('reads adr-tools and MADR prefixes, not log4brains dates', () => {
    expect(numberFromFileName('0003-use-mysql.md')).toBe(3);
    expect(numberFromFileName('doc/adr/0012-x.md')).toBe(12);
    expect(numberFromFileName('20240131-use-x.md')).toBeNull();
    expect(numberFromFileName('README.md')).toBeNull();
    expect(numberFromFileName('0000-x.md')).toBeNull();
  });
});
