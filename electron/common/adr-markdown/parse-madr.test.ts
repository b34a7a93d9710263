import { describe, expect, it } from 'vitest';
import { parseMadr } from './parse-madr.ts';

const opts = { fallbackDate: '2000-01-01', fileName: '0004-use-plain-junit5.md' };

// A hand-written MADR 4 record in the template's own style.
const madr = `---
status: "superseded by ADR-0007"
date: 2024-05-01
decision-makers: Ada, Grace
consulted: [QA]
---

# Use plain JUnit5 for advanced test assertions

## Context and Problem Statement

How to write readable test assertions?

## Considered Options

* Plain JUnit5
* Hamcrest

## Decision Outcome

Chosen option: "Plain JUnit5", because it comes out best.

### Consequences

* Good, because tests are more readable

### Validation

Reviewed in PRs.

## Pros and Cons of the Options

### Hamcrest

* Neutral, because a new DSL

## References

* Fowler 2002
`;

describe('parseMadr', () => {
  it('reads a hand-written MADR 4 record', () => {
    const p = parseMadr(madr, opts);
    expect(p.number).toBe(4);
    expect(p.record).toMatchObject({
      title: 'Use plain JUnit5 for advanced test assertions',
      status: 'superseded',
      supersededBy: 7,
      date: '2024-05-01',
      decisionMakers: ['Ada', 'Grace'],
      consulted: ['QA'],
      justification: 'it comes out best.',
      consequences: '* Good, because tests are more readable',
      confirmation: 'Reviewed in PRs.',
    });
    expect(p.record.options.map((o) => o.id)).toEqual(['plain-junit5', 'hamcrest']);
    expect(p.record.chosenOption).toBe('plain-junit5');
    expect(p.record.options[1]!.neutral).toEqual(['a new DSL']);
    // A References section that is not ours is the user's text and is kept.
    expect(p.record.extraSections).toEqual([{ heading: 'References', body: '* Fowler 2002' }]);
    expect(p.warnings).toEqual([]);
  });

  it('reports malformed front matter and still reads the body', () => {
    const p = parseMadr('---\nstatus: [accepted\n---\n# Title\n\n## Context and Problem Statement\n\nc\n', opts);
    expect(p.warnings[0]).toMatch(/^malformed front matter/);
    expect(p.record).toMatchObject({ title: 'Title', context: 'c', date: '2000-01-01' });
  });

  it('titles an untitled record from its file name and cuts a 500-character title', () => {
    expect(parseMadr('---\nstatus: accepted\ndate: 2024-01-01\n---\n\nno heading\n', opts).record.title).toBe(
      'Use plain junit5',
    );
    const long = parseMadr(`---\nstatus: accepted\ndate: 2024-01-01\n---\n# ${'x'.repeat(500)}\n`, opts);
    expect(long.record.title).toHaveLength(200);
    expect(long.warnings).toContain('the title is 500 characters; cut to 200');
  });

  it('adds a chosen option that is not among the considered ones, with a warning', () => {
    const p = parseMadr('# T\n\n## Decision Outcome\n\nChosen option: "Kafka", because speed.\n', opts);
    expect(p.record.options.map((o) => o.title)).toEqual(['Kafka']);
    expect(p.record.chosenOption).toBe(p.record.options[0]!.id);
    expect(p.warnings).toEqual([
      'no status; imported as accepted',
      'no date; dated 2000-01-01',
      'chosen option "Kafka" is not among the considered options; added it',
    ]);
  });
});
