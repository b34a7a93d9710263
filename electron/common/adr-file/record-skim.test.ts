// The one-pass reading is readRecordSummary's, wherever it does not decline: on the shared corpora, on the
// benchmarks' 20,000-record log (which it must take whole, or it saves nothing), on the records the app writes, and
// on plain records mutated line by line. Texts it cannot be sure of are declined by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyCorpora, corporaPresent, corpusNames, type CorpusCopy } from '../../../tests/fixtures/adr-corpora.ts';
import { generatedLog } from '../../../tests/bench/generated-log.ts';
import { emptyDecision } from '../decision.ts';
import { renderAdr } from '../adr-markdown/render-adr.ts';
import { isDecisionFileName } from './file-names.ts';
import { readRecordSummary } from './record-file.ts';
import { skimRecordSummary } from './record-skim.ts';

/** True when the one pass took the text (and then read what readRecordSummary reads), false when it declined. */
function agrees(fileName: string, text: string): boolean {
  const skimmed = skimRecordSummary(fileName, text);
  if (skimmed !== null) expect(skimmed, JSON.stringify(text)).toEqual(readRecordSummary(fileName, text));
  return skimmed !== null;
}

describe.skipIf(!corporaPresent)('skimRecordSummary on the shared corpora', () => {
  let corpora: CorpusCopy;
  beforeAll(() => {
    corpora = copyCorpora();
  });
  afterAll(() => corpora.remove());

  it('reads every record it takes as readRecordSummary does, and takes the plain adr-tools ones', () => {
    const taken = new Map<string, number>();
    for (const corpus of corpusNames)
      for (const name of corpora.files(corpus).filter(isDecisionFileName))
        if (agrees(name, corpora.read(corpus, name))) taken.set(corpus, (taken.get(corpus) ?? 0) + 1);
    // Measured when written: 32 of 38 (govuk-aws) and 26 of 32 (manage.get.gov); MADR and JabRef write no `## Status`
    // under a `Date:` line, so the general reader takes all of theirs.
    expect(taken.get('alphagov__govuk-aws')).toBeGreaterThanOrEqual(30);
    expect(taken.get('cisagov__manage.get.gov')).toBeGreaterThanOrEqual(24);
  });
});

describe('skimRecordSummary on the benchmarks’ log', () => {
  it('takes all 20,000 records and reads each as readRecordSummary does', () => {
    const log = generatedLog(20000);
    const declined = log.filter((d) => !agrees(d.id, d.markdown)).map((d) => d.id);
    expect(declined).toEqual([]);
  }, 60_000);
});

describe('skimRecordSummary on records the app writes (adr-tools)', () => {
  const titles = (n: number) => `Decision ${n}`;
  const ctx = { resolveCitation: () => null, titleOf: (n: number) => titles(n) };
  const statuses = [
    'proposed',
    'accepted',
    'rejected',
    'deprecated',
    'superseded',
    'superseded by ADR-0003',
    'Accepted; supersedes ADR-0001',
    'in review',
    null,
  ];
  const cases = fc.sample(
    fc.record({
      status: fc.constantFrom(...statuses),
      number: fc.constantFrom(null, 7, 120),
      date: fc.constantFrom(null, '2024-01-01'),
      supersedes: fc.constantFrom<number[][]>([], [1], [1, 2]),
      supersededBy: fc.constantFrom(null, 3),
      context: fc.constantFrom('', 'We need a feature store.\n\nSee [@CM12].', '* one\n* two'),
    }),
    { numRuns: 300, seed: 9 },
  );

  it('takes each one and reads it as readRecordSummary does', () => {
    for (const c of cases) {
      const d = { ...emptyDecision('x', c.number, 'Use a feature store'), ...c };
      const fileName = c.number === null ? 'use-a-feature-store.md' : `${c.number}-use-a-feature-store.md`;
      expect(agrees(fileName, renderAdr(d, 'adr-tools', ctx)), JSON.stringify(c)).toBe(true);
    }
  });
});

describe('skimRecordSummary on plain records mutated line by line', () => {
  // Lines that make or break the plain shape: fences, HTML, quotes, indentation, underlines, headings in lists,
  // metadata the one pass leaves to the general reader, link lines, and lines it reads as they are.
  const line = fc.constantFrom(
    '',
    '   ',
    '\u00a0',
    'Accepted',
    'Draft\u00a0',
    '  Proposed  ',
    'Proposed; supersedes ADR-0007',
    'superseded by #12',
    'Superseded by [3. Other](0003-other.md)',
    'Supersedes [2. Older](0002-older.md).',
    '* Superceded by [5. X](0005-x.md)',
    'Amends [4. X](0004-x.md)',
    'Plain text with [@CM12]',
    '- item',
    '1. first',
    '- # heading in item',
    '1) ```',
    '  ## indented heading',
    '   > quote',
    '```',
    '~~~',
    '<!-- note -->',
    '<div>',
    '> quoted',
    '    indented code',
    '\tTabbed',
    '===',
    '---',
    '- - -',
    '_ _ _',
    '#hashtag',
    '## Closed ##',
    '####### seven',
    '#',
    '## ',
    '## Links',
    '### Links',
    '## Status',
    '# Status',
    '### Status',
    '## Context',
    '## status <!-- x -->',
    '## <!-- x --> Status',
    '##  STATUS',
    '## Status ##',
    '## Closed #',
    '## links',
    '## Superseded',
    '## 2. Status',
    'Date: 2024-02-02',
    'Date:',
    'Date: **2024**',
    'Date: 2024-02-02 <!-- x -->',
    'Status: accepted',
    '* Status: accepted',
    '[ref]: http://example.com',
  );
  const mutation = fc.record({
    kind: fc.constantFrom('insert', 'replace', 'crlf'),
    at: fc.nat(),
    line,
  });
  const bases = generatedLog(12).map((d) => ({ name: d.id, text: d.markdown }));
  bases.push(
    { name: '0001-bare.md', text: '# 1. Bare\n' },
    { name: 'unnumbered.md', text: '# Unnumbered\n\nSome text.\n' },
    { name: '0002-x.md', text: '# 2. X\n\nDate: 2024-01-01\n\n## Status\n\nSuperseded by [3. Y](0003-y.md)\n' },
  );

  it('reads what readRecordSummary reads whenever it does not decline', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(mutation, { maxLength: 4 }), (base, mutations) => {
        const lines = bases[base]!.text.split('\n');
        for (const m of mutations) {
          const at = m.at % (lines.length + 1);
          if (m.kind === 'insert') lines.splice(at, 0, m.line);
          else if (at < lines.length) lines[at] = m.kind === 'replace' ? m.line : `${lines[at]}\r`;
        }
        if (agrees(bases[base]!.name, lines.join('\n'))) taken++;
      }),
      { numRuns: 4000, seed: 9 },
    );
    // Most mutations keep the plain shape: the comparison above is made on many texts, not a few.
    expect(taken).toBeGreaterThan(1000);
  });
});

describe('skimRecordSummary declines what it cannot be sure of', () => {
  const plain = '# 3. Use X\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nWhy.\n';
  const declined: [string, string][] = [
    ['CRLF line endings', plain.replace(/\n/g, '\r\n')],
    ['a BOM', `\uFEFF${plain}`],
    ['front matter', `---\nstatus: accepted\n---\n${plain}`],
    ['a setext title', 'Use X\n=====\n\n## Status\n\nAccepted\n'],
    ['a title with closing #s', plain.replace('# 3. Use X', '# 3. Use X #')],
    ['a title with a trailing space', plain.replace('Use X', 'Use X ')],
    ['a title named Links', plain.replace('3. Use X', 'Links')],
    ['a fence hiding a heading', `${plain}\n\`\`\`\n## Status\n\`\`\`\n`],
    ['an HTML comment under the title', plain.replace('Date:', '<!-- owner: x -->\n\nDate:')],
    ['a Status: line under the title', plain.replace('Date: 2024-01-01', 'Status: proposed\nDate: 2024-01-01')],
    ['metadata bullets under the title', plain.replace('Date: 2024-01-01', '* Status: proposed\n* Date: 2024-01-01')],
    ['a second Date: line', plain.replace('Date: 2024-01-01', 'Date: 2024-01-01\nDate: 2024-02-02')],
    ['a comment after the date', plain.replace('2024-01-01', '2024-01-01 <!-- first draft -->')],
    ['a Links section', `${plain}\n## Links\n\n* Refines [1. A](0001-a.md)\n`],
    ['an indented heading', `${plain}\n  ## Consequences\n`],
    ['a heading in a list item', `${plain}\n- ## Consequences\n`],
    ['a setext underline', plain.replace('Why.', 'Why.\n---')],
    ['a tab', plain.replace('Why.', '\tWhy.')],
    ['indented code', plain.replace('Why.', '    const why = 1;')],
    ['a block quote', plain.replace('Why.', '> Why.')],
    ['an empty heading', `${plain}\n## \n`],
    ['seven #s', `${plain}\n####### Deep\n`],
  ];
  it.each(declined)('%s', (_, text) => {
    expect(skimRecordSummary('0003-use-x.md', text)).toBeNull();
  });

  it('takes a plain record whose later prose holds a comment, a closed heading and an item', () => {
    const text = plain.replace('Why.', 'Why. <!-- see the RFC -->\n\n### Notes ##\n\n- Cost [@T6]');
    expect(agrees('0003-use-x.md', text)).toBe(true);
  });

  it('takes the plain record these are made from', () => {
    expect(skimRecordSummary('0003-use-x.md', plain)).toEqual({
      fileName: '0003-use-x.md',
      dialect: 'adr-tools',
      number: 3,
      title: 'Use X',
      status: 'Accepted',
      lifecycle: 'accepted',
      date: '2024-01-01',
      supersedes: [],
      supersededBy: [],
    });
  });
});
