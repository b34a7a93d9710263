import { describe, expect, it } from 'vitest';
import { readFrontMatter, splitFrontMatter, writeFrontMatter } from './front-matter.ts';

describe('front matter', () => {
  it('splits at a closing fence that starts a line, and counts body lines', () => {
    const split = splitFrontMatter('\uFEFF---\ntags: [a---]\n---\n# T\n');
    expect(split).toEqual({ yaml: 'tags: [a---]', body: '# T\n', bodyLine: 4 });
    expect(splitFrontMatter('# no front matter').yaml).toBeNull();
    expect(splitFrontMatter('---\n---\nx').yaml).toBe('');
  });

  it('keeps dates as strings and reports malformed YAML instead of throwing', () => {
    expect(readFrontMatter('date: 2024-01-02\nstatus: yes')).toEqual({
      ok: true,
      data: { date: '2024-01-02', status: 'yes' },
    });
    const bad = readFrontMatter('status: [unclosed');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^malformed front matter/);
    expect(readFrontMatter('- a list')).toEqual({ ok: false, error: 'front matter is not a key: value mapping' });
  });

  it('writes strings that look like other types quoted, so they read back unchanged', () => {
    const data = { status: 'accepted', n: '0012', b: 'yes', d: '2024-01-02', l: ['a: b'] };
    const written = writeFrontMatter(data);
    expect(written.startsWith('---\n') && written.endsWith('---\n')).toBe(true);
    expect(readFrontMatter(splitFrontMatter(written).yaml!)).toEqual({ ok: true, data });
  });
});
