// Generated records in every dialect: an edit reads back as written, leaves other fields alone, and keeps CRLF files CRLF.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FolderConventions } from './conventions.ts';
import { editRecordFile, type RecordEdits, type RecordFields } from './edit-record.ts';
import { renderNewRecord } from './new-record.ts';
import { readRecordFile, type RecordFile } from './record-file.ts';

// Plain words, and words carrying the Markdown and YAML a record holds: code, links, emphasis, colons, quotes, hashes.
const word = fc
  .oneof(
    { weight: 5, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/) },
    fc.constantFrom(
      '`code`',
      '[ADR-2](0002-x.md)',
      '**bold**',
      'a:b',
      'x#y',
      "it's",
      '"q"',
      '<https://x.org>',
      '[@CM12]',
    ),
  )
  .filter((w) => !['good', 'bad', 'neutral', 'because'].includes(w));
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((w) => w.join(' '));
const sentence = words(8).map((s) => s.charAt(0).toUpperCase() + s.slice(1) + '.');
const paragraphs = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((p) => p.join('\n\n'));
const text = fc.oneof(
  fc.constant(''),
  paragraphs,
  fc.tuple(sentence, words(3), words(3)).map(([s, a, b]) => `${s}\n\n* ${a}\n  * ${b}`),
);
const item = fc.oneof(
  words(5),
  fc.tuple(words(3), words(3)).map(([a, b]) => `${a}\n* ${b}`),
);
const names = fc.array(words(2), { maxLength: 3 });
const status = fc.option(fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ;:,'"#-]{0,20}[A-Za-z0-9]$/), { nil: null });
const date = fc.option(
  fc
    .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);
const option = fc.record({
  title: words(4),
  description: fc.oneof(fc.constant(''), sentence),
  pros: fc.array(words(4), { maxLength: 2 }),
  neutral: fc.array(words(4), { maxLength: 1 }),
  cons: fc.array(words(4), { maxLength: 2 }),
});
const options = fc.uniqueArray(option, { maxLength: 4, selector: (o) => o.title });

const edits: fc.Arbitrary<RecordEdits> = options.chain((opts) =>
  fc.record(
    {
      title: words(5),
      status,
      date,
      context: text,
      drivers: fc.array(item, { maxLength: 3 }),
      options: fc.constant(opts),
      chosenOption:
        opts.length === 0 ? fc.constant(null) : fc.option(fc.constantFrom(...opts.map((o) => o.title)), { nil: null }),
      justification: fc.oneof(fc.constant(''), paragraphs),
      consequences: text,
      confirmation: text,
      moreInformation: text,
      decisionMakers: names,
      consulted: names,
      informed: names,
      tags: fc.uniqueArray(word, { maxLength: 3 }),
    },
    { requiredKeys: [] },
  ),
);

// The consistent pairings of dialect and status placement a folder can have.
const conventions: fc.Arbitrary<FolderConventions> = fc
  .tuple(
    fc.constantFrom(
      { dialect: 'madr', statusPlacement: 'front-matter', titleStyle: 'plain', prefix: '' },
      { dialect: 'log4brains', statusPlacement: 'bullet', titleStyle: 'plain', prefix: 'date' },
      { dialect: 'adr-tools', statusPlacement: 'section', titleStyle: 'numbered', prefix: '' },
      { dialect: 'adr-tools', statusPlacement: 'inline', titleStyle: 'numbered', prefix: 'adr-' },
    ),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([c, eol]) => ({ ...c, width: 4, eol }) as FolderConventions);

function fieldsOf(r: RecordFile): RecordFields {
  const { title, status, date, reviewBy, analysis } = r;
  return { title, status, date, reviewBy, analysis, ...r.content };
}

const newRecord = fc.tuple(conventions, fc.nat(9999), words(4), status, date).map(([c, n, title, s, d]) => ({
  conventions: c,
  ...renderNewRecord(c, { number: n, title, status: s, date: d ?? '2024-05-06' }),
}));

describe('editRecordFile on generated records', () => {
  it('reads back every edited field as written and leaves the others alone', () => {
    fc.assert(
      fc.property(newRecord, edits, ({ fileName, text }, change) => {
        const before = fieldsOf(readRecordFile(fileName, text));
        const out = editRecordFile(fileName, text, change);
        const after = fieldsOf(readRecordFile(fileName, out));
        expect(after).toEqual({ ...before, ...change });
      }),
      { numRuns: 300 },
    );
  });

  it('rewrites fields that already hold text (a second edit over the first)', () => {
    fc.assert(
      fc.property(newRecord, edits, edits, ({ fileName, text }, first, second) => {
        const once = editRecordFile(fileName, text, first);
        const before = fieldsOf(readRecordFile(fileName, once));
        const twice = editRecordFile(fileName, once, second);
        expect(fieldsOf(readRecordFile(fileName, twice))).toEqual({ ...before, ...second });
      }),
      { numRuns: 300 },
    );
  });

  it('keeps CRLF files CRLF and LF files LF', () => {
    fc.assert(
      fc.property(newRecord, edits, ({ conventions: c, fileName, text }, change) => {
        const out = editRecordFile(fileName, text, change);
        if (c.eol === '\r\n') expect(out).not.toMatch(/(?<!\r)\n/);
        else expect(out).not.toContain('\r');
      }),
      { numRuns: 200 },
    );
  });

  it('gives back the same bytes when the edit sets what is already there', () => {
    fc.assert(
      fc.property(newRecord, edits, ({ fileName, text }, change) => {
        const out = editRecordFile(fileName, text, change);
        expect(editRecordFile(fileName, out, change)).toBe(out);
        expect(editRecordFile(fileName, out, fieldsOf(readRecordFile(fileName, out)))).toBe(out);
      }),
      { numRuns: 200 },
    );
  });
});
