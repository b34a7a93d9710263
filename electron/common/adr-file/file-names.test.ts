import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fileNameFor, isDecisionFileName, namingOf, numberFromFileName } from './file-names.ts';

describe('isDecisionFileName', () => {
  it('skips only README, index and the templates by their known names', () => {
    for (const name of ['README.md', 'readme.md', 'index.md', 'template.md', 'adr-template.md', 'ADR-Template.md'])
      expect(isDecisionFileName(name)).toBe(false);
    expect(isDecisionFileName('adr-template-bare-minimal.md')).toBe(false);
  });

  it('keeps decisions whose names merely contain "template"', () => {
    expect(isDecisionFileName('0039-use-apache-velocity-as-template-engine.md')).toBe(true);
    expect(isDecisionFileName('0010-django-templates.md')).toBe(true);
    expect(isDecisionFileName('templates-for-new-services.md')).toBe(true);
  });

  it('judges the last part of a path, with either separator', () => {
    expect(isDecisionFileName('docs/adr/README.md')).toBe(false);
    expect(isDecisionFileName('docs\\adr\\index.md')).toBe(false);
    expect(isDecisionFileName('docs\\adr\\0001-use-kafka.md')).toBe(true);
    expect(isDecisionFileName('adr-template-kit/0001-use-kafka.md')).toBe(true);
    expect(isDecisionFileName('0001-use-kafka.md/notes.txt')).toBe(false);
  });

  it('reads Markdown files only', () => {
    expect(isDecisionFileName('0001-x.txt')).toBe(false);
    expect(isDecisionFileName('0001-x.md.bak')).toBe(false);
    expect(isDecisionFileName('LICENSE.txt')).toBe(false);
  });
});

describe('numberFromFileName', () => {
  it('reads every prefix and width, 0000 included', () => {
    expect(numberFromFileName('0000-use-madr.md')).toBe(0);
    expect(numberFromFileName('0001-x.md')).toBe(1);
    expect(numberFromFileName('adr-001-x.md')).toBe(1);
    expect(numberFromFileName('ADR-0012-x.md')).toBe(12);
    expect(numberFromFileName('7-x.md')).toBe(7);
    expect(numberFromFileName('123456-x.md')).toBe(123456);
    expect(numberFromFileName('./0020-user-models.md')).toBe(20);
  });

  it('gives log4brains date slugs and unnumbered names no number', () => {
    expect(numberFromFileName('20210102-use-log4brains.md')).toBeNull();
    expect(numberFromFileName('2021-01-02-use-x.md')).toBeNull();
    expect(numberFromFileName('use-x.md')).toBeNull();
  });
});

describe('namingOf', () => {
  it('reads the prefix and width', () => {
    expect(namingOf('0001-x.md')).toEqual({ prefix: '', width: 4 });
    expect(namingOf('adr-001-x.md')).toEqual({ prefix: 'adr-', width: 3 });
    expect(namingOf('ADR-0001-x.md')).toEqual({ prefix: 'ADR-', width: 4 });
    expect(namingOf('20210102-x.md')).toEqual({ prefix: 'date', width: 8 });
    expect(namingOf('x.md')).toBeNull();
  });
});

describe('fileNameFor', () => {
  it('follows the folder naming', () => {
    expect(fileNameFor({ prefix: '', width: 4 }, 7, 'Use X')).toBe('0007-use-x.md');
    expect(fileNameFor({ prefix: 'adr-', width: 3 }, 7, 'Use X')).toBe('adr-007-use-x.md');
    expect(fileNameFor({ prefix: 'ADR-', width: 4 }, 0, 'Use X')).toBe('ADR-0000-use-x.md');
    expect(fileNameFor({ prefix: 'date', width: 8 }, null, 'Use X', '2021-01-02')).toBe('20210102-use-x.md');
    expect(() => fileNameFor({ prefix: 'date', width: 8 }, null, 'Use X')).toThrow(RangeError);
    expect(() => fileNameFor({ prefix: '', width: 4 }, null, 'Use X')).toThrow(RangeError);
  });

  it('never leaves the folder and reads back its own number, whatever the title', () => {
    fc.assert(
      fc.property(fc.string(), fc.nat(99999), fc.constantFrom('', 'adr-', 'ADR-'), (title, n, prefix) => {
        const name = fileNameFor({ prefix: prefix as '' | 'adr-' | 'ADR-', width: 4 }, n, title);
        expect(name).toMatch(/^[A-Za-z0-9-]+\.md$/);
        expect(isDecisionFileName(name)).toBe(true);
        expect(numberFromFileName(name)).toBe(n);
      }),
    );
  });
});
