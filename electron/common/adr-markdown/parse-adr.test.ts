import { describe, expect, it } from 'vitest';
import { detectFormat, parseAdr } from './parse-adr.ts';

describe('detectFormat', () => {
  it('tells the dialects apart', () => {
    expect(detectFormat('---\nstatus: accepted\n---\n# T\n')).toBe('madr');
    expect(detectFormat('---\nstatus: [broken\n---\n# T\n')).toBe('madr');
    expect(detectFormat('# 1. Record decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n')).toBe('adr-tools');
    expect(detectFormat('# Title\n\n## Status\n\nAccepted\n')).toBe('adr-tools');
    expect(
      detectFormat('# Title\n\n* Status: accepted\n* Date: 2020-01-01\n\n## Context and Problem Statement\n'),
    ).toBe('log4brains');
    expect(detectFormat('# Title\n\n## Context and Problem Statement\n\nx\n')).toBe('madr');
  });

  it('parses with the detected reader unless told otherwise', () => {
    const md = '# 1. Record decisions\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n';
    expect(parseAdr(md, { fallbackDate: '2000-01-01' }).format).toBe('adr-tools');
    expect(parseAdr(md, { fallbackDate: '2000-01-01' }, 'madr').format).toBe('madr');
  });
});
