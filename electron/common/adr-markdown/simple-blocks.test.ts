// The line reader's blocks are markdown-it's, wherever it does not decline: on every record of the shared corpora,
// on the benchmarks' generated log, and on random documents built from the lines records are made of.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { copyCorpora, corporaPresent, corpusNames, type CorpusCopy } from '../../../tests/fixtures/adr-corpora.ts';
import { generatedLog } from '../../../tests/bench/generated-log.ts';
import { parseBlocks } from './markdown-blocks.ts';
import { simpleBlocks } from './simple-blocks.ts';

/** True when the fast path took the text (and then gave markdown-it's blocks), false when it declined. */
function agrees(source: string): boolean {
  const fast = simpleBlocks(source);
  if (fast !== null) expect(fast, JSON.stringify(source)).toEqual(parseBlocks(source));
  return fast !== null;
}

describe.skipIf(!corporaPresent)('simpleBlocks on the shared corpora', () => {
  let corpora: CorpusCopy;
  beforeAll(() => {
    corpora = copyCorpora();
  });
  afterAll(() => corpora.remove());

  it('gives markdown-it’s blocks for every file it reads', () => {
    let taken = 0;
    for (const corpus of corpusNames)
      for (const name of corpora.files(corpus).filter((n) => n.endsWith('.md')))
        if (agrees(corpora.read(corpus, name))) taken++;
    // The point of the fast path: plain records take it.
    expect(taken).toBeGreaterThan(20);
  });
});

describe('simpleBlocks on generated records', () => {
  it('reads every record of the benchmarks’ log, as markdown-it does', () => {
    for (const d of generatedLog(30)) expect(agrees(d.markdown)).toBe(true);
  });
});

describe('simpleBlocks on random documents', () => {
  // Lines that records hold, and lines close to the edge cases of CommonMark's block rules.
  const line = fc.constantFrom(
    '',
    '   ',
    '# Title',
    '## Status',
    '  ### Deep',
    '#hashtag',
    '## Closed ##',
    '####### seven',
    'Accepted',
    'Plain text with [@CM12] and *emphasis*',
    '    indented four',
    '  two spaces',
    '- item',
    '-  two after',
    '* star item',
    '+ plus item',
    '-',
    '- ',
    '1. first',
    '2. second',
    '1) paren',
    '10. tenth',
    '  - nested',
    '    - deeper',
    '   continued',
    '---',
    '***',
    '- - -',
    '===',
    '```',
    '~~~',
    '> quoted',
    '<!-- comment -->',
    '[ref]: http://example.com',
    '- # heading in item',
    '- > quote in item',
    '-     five spaces',
    '1234567890. long',
    '**Status:** accepted',
    'Date: 2024-01-01',
    // Lines near the character-level rules of the reader: white space that is not a space, near-markers.
    '- \u00a0after a no-break space',
    '1.\u00a0no-break',
    '#\u00a0heading?',
    '`inline code`',
    '~ tilde',
    '[not]a definition',
    '[label]: ',
    '01. leading zero',
    '0) zero',
    '_ _ _',
    '* * x',
    '- - nested item',
    'trailing no-break\u00a0',
  );
  it('never disagrees with markdown-it', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 14 }), fc.boolean(), (lines, finalNewline) => {
        agrees(lines.join('\n') + (finalNewline ? '\n' : ''));
      }),
      { numRuns: 20000 },
    );
  });
  it('takes most documents made only of headings, text and list items', () => {
    const plain = fc.constantFrom('', '# Title', '## Status', 'Accepted', '- item', '  more', '1. first', '* star');
    let taken = 0;
    fc.assert(
      fc.property(fc.array(plain, { maxLength: 12 }), (lines) => {
        if (agrees(lines.join('\n'))) taken++;
      }),
      { numRuns: 2000 },
    );
    expect(taken).toBeGreaterThan(1000);
  });
});
