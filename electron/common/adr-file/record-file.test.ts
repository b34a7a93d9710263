import { describe, expect, it } from 'vitest';
import { readRecordFile } from './record-file.ts';
import { adrTools, bare, crlf, log4brains, madr4 } from '../../../tests/fixtures/adr-file.ts';

describe('readRecordFile: MADR 4', () => {
  const r = readRecordFile('0003-use-feast.md', madr4);

  it('reads the metadata as written, front matter keys in order', () => {
    expect(r).toMatchObject({
      dialect: 'madr',
      number: 3,
      title: 'Use Feast for features',
      status: 'accepted',
      lifecycle: 'accepted',
      date: '2024-01-02',
      eol: '\n',
      warnings: [],
    });
    expect(r.frontMatter?.keys).toEqual(['parent', 'nav_order', 'status', 'date', 'decision-makers', 'tags']);
    expect(r.content).toMatchObject({ decisionMakers: ['Ann', 'Bob'], tags: ['ml', 'data'] });
  });

  it('keeps text whole: nested lists, paragraphs, citations', () => {
    expect(r.content.context).toBe('We need a feature store. [@CM12]');
    expect(r.content.drivers).toEqual(['Latency', 'Cost\n* nested detail']);
    expect(r.content.options.map((o) => o.title)).toEqual([
      '[Feast](https://feast.dev) – open source',
      'Tecton\n* managed',
      'Build our own',
    ]);
    expect(r.content.options[0]).toMatchObject({ description: 'Example text.', pros: ['open'], cons: ['ops'] });
    expect(r.content.options[1]).toMatchObject({ neutral: ['pricing'] });
    expect(r.content).toMatchObject({
      consequences: '* Good, because free',
      confirmation: 'Design review.',
      moreInformation: 'See [ADR-0002](0002-use-x.md).',
    });
  });

  it('matches the chosen option once link markup and trailing descriptions are set aside', () => {
    expect(r.content).toMatchObject({ chosenOption: 'Feast', justification: 'it is open.' });
    expect(r.chosenOptionIndex).toBe(0);
  });

  it('finds links to sibling records', () => {
    expect(r.links).toEqual([{ relation: null, label: 'ADR-0002', href: '0002-use-x.md', number: 2 }]);
  });

  it('reads a CRLF file the same, values with LF', () => {
    const c = readRecordFile('0003-use-feast.md', crlf(madr4));
    expect(c.eol).toBe('\r\n');
    expect({ ...c, eol: '\n' }).toEqual(r);
  });
});

describe('readRecordFile: log4brains / MADR 2', () => {
  const r = readRecordFile('20210102-use-log4brains.md', log4brains);

  it('reads bullets under the title, without the trailing comment', () => {
    expect(r).toMatchObject({ dialect: 'log4brains', number: null, status: 'proposed', date: '2021-01-02' });
    expect(r.content).toMatchObject({
      decisionMakers: ['Ann', 'Bob'],
      tags: ['docs', 'adr'],
      chosenOption: 'Log4brains',
    });
  });

  it('reads the Links section, date-named targets without a number', () => {
    expect(r.links).toEqual([
      { relation: 'Supersedes', label: '20201230-old', href: '20201230-old.md', number: null },
      { relation: 'Refined by', label: '0007-later', href: '0007-later.md', number: 7 },
    ]);
  });

  it('takes a number from a numbered title when the file name has none', () => {
    expect(readRecordFile('20210102-x.md', '# 12. Twelve\n').number).toBe(12);
  });
});

describe('readRecordFile: adr-tools', () => {
  const r = readRecordFile('0002-use-kafka.md', adrTools);

  it('reads the numbered title, Date line and Status section', () => {
    expect(r).toMatchObject({
      dialect: 'adr-tools',
      number: 2,
      title: 'Use Kafka',
      status: 'Accepted',
      date: '2020-01-01',
    });
    expect(r.supersedes).toEqual([1]);
    expect(r.content).toMatchObject({ context: 'Ctx.', justification: 'We will use Kafka.', chosenOption: null });
    expect(r.content.consequences).toBe('More ops.');
  });

  it('reads a status section holding only "Superseded by" as that status', () => {
    const superseded = adrTools.replace('Accepted\n\nSupersedes', 'Superseded by');
    const s = readRecordFile('0002-use-kafka.md', superseded);
    expect(s.status).toBe('Superseded by [1. Record architecture decisions](0001-record-architecture-decisions.md)');
    expect(s).toMatchObject({ lifecycle: 'superseded', supersededBy: [1], supersedes: [] });
  });
});

describe('readRecordFile: absent stays absent', () => {
  it('invents no status, date or number', () => {
    expect(readRecordFile('plain-record.md', bare)).toMatchObject({
      dialect: 'madr',
      number: null,
      status: null,
      lifecycle: null,
      date: null,
      frontMatter: null,
      warnings: [],
    });
  });

  it('reports a missing title and malformed front matter instead of guessing', () => {
    expect(readRecordFile('x.md', 'Just text.\n').warnings).toEqual(['no title heading']);
    expect(readRecordFile('x.md', '---\nstatus: [\n---\n# T\n').warnings[0]).toMatch(/^malformed front matter/);
  });

  it('keeps an empty front matter status absent', () => {
    expect(readRecordFile('x.md', '---\nstatus:\n---\n# T\n').status).toBeNull();
  });
});
