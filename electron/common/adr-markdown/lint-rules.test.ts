import { describe, expect, it } from 'vitest';
import { lintAdr, missingSectionFindings, unknownKeyFindings } from './lint-rules.ts';
import { parseAdr } from './parse-adr.ts';

const ctx = {
  knownKeys: new Set(['CM12', 'T6']),
  files: new Set(['0001-a.md', '0002-b.md']),
  numbers: new Set([1, 2]),
};

describe('lint rules', () => {
  it('reports each unknown catalogue key on its own line', () => {
    expect(unknownKeyFindings('f.md', 'ok [@CM12]\n\nbad [@XX99] and [@t6] and [@cm99]', ctx.knownKeys)).toEqual([
      { file: 'f.md', line: 3, message: 'unknown catalogue key [@XX99]' },
      { file: 'f.md', line: 3, message: 'unknown catalogue key [@cm99]' },
    ]);
  });

  it('reports missing required sections per dialect, at the title line', () => {
    const madr = '---\nstatus: accepted\ndate: 2024-01-01\n---\n# T\n\n## Context and Problem Statement\n\nx\n';
    expect(missingSectionFindings('m.md', madr, 'madr').map((f) => [f.line, f.message])).toEqual([
      [5, 'missing required section "## Considered Options" (madr)'],
      [5, 'missing required section "## Decision Outcome" (madr)'],
    ]);
    expect(
      missingSectionFindings('a.md', '# 1. T\n\n## Status\n\nAccepted\n', 'adr-tools').map((f) => f.message),
    ).toEqual([
      'missing required section "## Context" (adr-tools)',
      'missing required section "## Decision" (adr-tools)',
      'missing required section "## Consequences" (adr-tools)',
      'missing the "Date:" line',
    ]);
  });

  it('reports supersede links to files or numbers that are not in the folder', () => {
    const md =
      '# 2. B\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\nSupersedes [1. A](0001-a.md)\n\nSupersedes [9. Gone](0009-gone.md)\n\n## Context\n\n## Decision\n\n## Consequences\n';
    const findings = lintAdr('0002-b.md', md, parseAdr(md, { fallbackDate: '2024-01-01' }), ctx);
    expect(findings).toEqual([
      { file: '0002-b.md', line: 11, message: 'Supersedes link to missing file 0009-gone.md' },
    ]);
    const madr =
      '---\nstatus: accepted\ndate: 2024-01-01\nsupersedes: [5]\n---\n# T\n\n## Context and Problem Statement\n\n## Considered Options\n\n## Decision Outcome\n';
    expect(lintAdr('0003-t.md', madr, parseAdr(madr, { fallbackDate: '2024-01-01' }), ctx)).toEqual([
      { file: '0003-t.md', line: 4, message: 'supersede link to record 0005, which is not in the folder' },
    ]);
  });
});
