import { describe, expect, it } from 'vitest';
import { parseLog4brains } from './parse-log4brains.ts';

const opts = { fallbackDate: '2000-01-01' };

const record = `# Use Markdown Architectural Decision Records

- Status: superseded by [20200102-use-madr-3](20200102-use-madr-3.md)
- Deciders: Ada, Grace <!-- optional -->
- Date: 2020-01-01
- Tags: doc, Process

Technical Story: #42

## Context and Problem Statement

Which format?

## Decision Drivers <!-- optional -->

- Easy to write

## Considered Options

- MADR
- Plain text

## Decision Outcome

Chosen option: "MADR", because it is structured.

### Positive Consequences <!-- optional -->

- Consistent

### Negative Consequences <!-- optional -->

- Learning

## Pros and Cons of the Options <!-- optional -->

### MADR

- Good, because it is popular
- Bad, because it is long

## Links

- Refined by [20200301-x](20200301-x.md)
- Supersedes [0001-old](0001-old.md)
`;

describe('parseLog4brains', () => {
  it('reads the bullet metadata, MADR 2 sections and links', () => {
    const p = parseLog4brains(record, { ...opts, fileName: '20200101-use-madr.md' });
    expect(p.number).toBeNull();
    expect(p.record).toMatchObject({
      title: 'Use Markdown Architectural Decision Records',
      status: 'superseded',
      date: '2020-01-01',
      decisionMakers: ['Ada', 'Grace'],
      tags: ['doc', 'Process'],
      drivers: ['Easy to write'],
      context: 'Which format?',
      justification: 'it is structured.',
      supersedes: [1],
      supersededBy: null,
    });
    expect(p.record.options.map((o) => [o.title, o.pros, o.cons])).toEqual([
      ['MADR', ['it is popular'], ['it is long']],
      ['Plain text', [], []],
    ]);
    expect(p.record.chosenOption).toBe(p.record.options[0]!.id);
    expect(p.record.consequences).toBe(
      '#### Positive Consequences <!-- optional -->\n\n- Consistent\n\n#### Negative Consequences <!-- optional -->\n\n- Learning',
    );
    // The date-named superseder has no number; the folder import resolves it by file name.
    expect(p.links.map((l) => [l.relation, l.href, l.number])).toEqual([
      ['Refined by', '20200301-x.md', null],
      ['Supersedes', '0001-old.md', 1],
      ['superseded by', '20200102-use-madr-3.md', null],
    ]);
    expect(p.record.extraSections).toEqual([
      { heading: 'Introduction', body: 'Technical Story: #42' },
      { heading: 'Links', body: '- Refined by [20200301-x](20200301-x.md)' },
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('maps draft to proposed and a template placeholder to proposed, saying so', () => {
    expect(parseLog4brains('# T\n\n- Status: draft\n', opts).warnings).toContain('status "draft" imported as proposed');
    const placeholder = parseLog4brains('# T\n\n- Status: [draft | proposed] <!-- optional -->\n', opts);
    expect(placeholder.record.status).toBe('proposed');
    expect(placeholder.warnings[0]).toMatch(/^unknown status "\[draft \| proposed\]"/);
  });
});
