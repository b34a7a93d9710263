import { describe, expect, it } from 'vitest';
import { parseAdrTools } from './parse-adr-tools.ts';

const opts = { fallbackDate: '2000-01-01' };

// As `adr new -s 2 Use MySQL` and a hand-edited older record print them.
const superseding = `# 3. Use MySQL

Date: 2026-11-27

## Status

Accepted

Supersedes [2. Use PostgreSQL](0002-use-postgresql.md)

Amended by [5. Fix things](0005-fix-things.md)

## Context

The issue motivating this decision.

## Decision

The change that we're proposing.

## Consequences

What becomes easier.

## Follow-ups

Kept as written.
`;

describe('parseAdrTools', () => {
  it('reads number, date, status, supersede and other links, and keeps unknown sections', () => {
    const p = parseAdrTools(superseding, { ...opts, fileName: '0003-use-mysql.md' });
    expect(p.number).toBe(3);
    expect(p.record).toMatchObject({
      title: 'Use MySQL',
      date: '2026-11-27',
      status: 'accepted',
      supersedes: [2],
      supersededBy: null,
      context: 'The issue motivating this decision.',
      justification: "The change that we're proposing.",
      consequences: 'What becomes easier.',
    });
    expect(p.links.map((l) => [l.relation, l.number])).toEqual([
      ['Supersedes', 2],
      ['Amended by', 5],
    ]);
    expect(p.record.extraSections).toEqual([
      { heading: 'Follow-ups', body: 'Kept as written.' },
      { heading: 'Links', body: '* Amended by [5. Fix things](0005-fix-things.md)' },
    ]);
    expect(p.warnings).toEqual([]);
  });

  it('reads "Superceded by" (the old spelling) and an old DD/MM/YYYY date', () => {
    const p = parseAdrTools(
      '# 2. Use PostgreSQL\n\nDate: 27/11/2016\n\n## Status\n\nSuperceded by [3. Use MySQL](0003-use-mysql.md)\n\n## Context\n\nx\n',
      opts,
    );
    expect(p.record).toMatchObject({ status: 'superseded', supersededBy: 3, date: '2016-11-27' });
    expect(p.number).toBe(2);
  });

  it('warns about an unknown status and keeps the printed word', () => {
    const p = parseAdrTools('# 4. X\n\nDate: 2020-01-01\n\n## Status\n\nObsolete\n', opts);
    expect(p.record.status).toBe('proposed');
    expect(p.statusText).toBe('Obsolete');
    expect(p.warnings).toEqual(['unknown status "Obsolete" imported as proposed']);
  });

  it('takes the number from the file name when the heading has none, and falls back on a missing date', () => {
    const p = parseAdrTools('# Plain title\n\n## Status\n\nProposed\n', { ...opts, fileName: '0009-plain-title.md' });
    expect(p.number).toBe(9);
    expect(p.record.date).toBe('2000-01-01');
    expect(p.warnings).toEqual(['no date; dated 2000-01-01']);
  });
});
