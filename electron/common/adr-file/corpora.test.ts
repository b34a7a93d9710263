// The four shared ADR folders (../shared/adr-corpora): every decision read as written, and edits that touch only their lines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCorpora, corporaPresent, type CorpusCopy } from '../../../tests/fixtures/adr-corpora.ts';
import { detectConventions } from './conventions.ts';
import { editRecordFile, type RecordEdits, type RecordFields } from './edit-record.ts';
import { isDecisionFileName } from './file-names.ts';
import { readRecordFile, type RecordFile } from './record-file.ts';

// Per folder: all files, decision files, records without a status, records without a date, names skipped.
const expected = {
  adr__madr: { files: 22, decisions: 19, noStatus: 18, noDate: 19, skipped: ['adr-template.md', 'index.md'] },
  'alphagov__govuk-aws': { files: 39, decisions: 38, noStatus: 0, noDate: 0, skipped: [] },
  'cisagov__manage.get.gov': { files: 33, decisions: 32, noStatus: 0, noDate: 0, skipped: [] },
  JabRef__jabref: { files: 73, decisions: 70, noStatus: 64, noDate: 67, skipped: ['adr-template.md', 'index.md'] },
};
type Corpus = keyof typeof expected;
if (!corporaPresent) console.log('corpora: skipping, ../shared/adr-corpora is missing');

// An independent, deliberately naive look for a status or date line anywhere in the text.
const statusLike = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?status(?:\*\*)?[ \t]*:|^#{1,6}[ \t]+status[ \t]*$/im;
const dateLike = /^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?date(?:\*\*)?[ \t]*:/im;

function fieldsOf(r: RecordFile): RecordFields {
  const { title, status, date, reviewBy, analysis } = r;
  return { title, status, date, reviewBy, analysis, ...r.content };
}

/** The lines that differ once the common first and last lines are set aside. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { removed: a.slice(head, a.length - tail), added: b.slice(head, b.length - tail) };
}

/** Changing a status or date rewrites exactly its line, or inserts one line where the file had none. */
function expectOneLineChange(before: string, after: string, old: string | null, next: string): void {
  const { removed, added } = changedLines(before, after);
  if (old === null) {
    expect(removed).toEqual([]);
    expect(added).toHaveLength(1);
    expect(added[0]).toContain(next);
  } else {
    // The line keeps everything before its value ("Date: ", "status: ", "* Status: "); YAML may add quotes.
    const label = removed[0]!.slice(0, removed[0]!.indexOf(old)).replace(/["']$/, '');
    expect(removed).toHaveLength(1);
    expect(removed[0]).toContain(old);
    expect(added).toHaveLength(1);
    expect(added[0]!.startsWith(label) && added[0]!.includes(next)).toBe(true);
  }
}

describe.skipIf(!corporaPresent)('shared ADR corpora', () => {
  let copy: CorpusCopy;
  beforeAll(() => {
    copy = copyCorpora();
  });
  afterAll(() => copy.remove());

  const files = (corpus: Corpus) => copy.files(corpus);
  const read = (corpus: Corpus, name: string) => copy.read(corpus, name);
  const records = (corpus: Corpus) =>
    files(corpus)
      .filter(isDecisionFileName)
      .map((name) => ({ name, text: read(corpus, name), record: readRecordFile(name, read(corpus, name)) }));

  for (const corpus of Object.keys(expected) as Corpus[]) {
    describe(corpus, () => {
      it('lists every decision and skips only README, index and template files', () => {
        const all = files(corpus);
        const decisions = all.filter(isDecisionFileName);
        expect(all).toHaveLength(expected[corpus].files);
        expect(decisions).toHaveLength(expected[corpus].decisions);
        expect(all.filter((f) => f.endsWith('.md') && !isDecisionFileName(f))).toEqual(expected[corpus].skipped);
      });

      it('numbers records by their file names, 0000 included', () => {
        for (const { name, record } of records(corpus)) expect(record.number).toBe(Number(name.slice(0, 4)));
      });

      it('invents no status and no date', () => {
        const all = records(corpus);
        expect(all.filter((r) => r.record.status === null)).toHaveLength(expected[corpus].noStatus);
        expect(all.filter((r) => r.record.date === null)).toHaveLength(expected[corpus].noDate);
        for (const { text, record } of all) {
          if (!statusLike.test(text)) expect(record.status).toBeNull();
          if (!dateLike.test(text)) expect(record.date).toBeNull();
          if (record.status !== null) expect(text).toContain(record.status);
          if (record.date !== null) expect(text).toContain(record.date);
          expect(record.lifecycle === null).toBe(record.status === null);
        }
      });

      it('gives back the same bytes for no edit and for every field set to its current value', () => {
        for (const { name, text, record } of records(corpus)) {
          const fields = fieldsOf(record);
          expect(editRecordFile(name, text, {})).toBe(text);
          expect(editRecordFile(name, text, fields)).toBe(text);
          for (const key of Object.keys(fields) as (keyof RecordFields)[])
            expect(editRecordFile(name, text, { [key]: fields[key] } as RecordEdits), `${name}: ${key}`).toBe(text);
        }
      });

      it('changes only the status line when the status changes', () => {
        for (const { name, text, record } of records(corpus)) {
          const next = 'Reviewed by the test: yes';
          const out = editRecordFile(name, text, { status: next });
          expectOneLineChange(text, out, record.status, next);
          const back = readRecordFile(name, out);
          expect(back.status).toBe(next);
          expect({ ...fieldsOf(back), status: record.status }).toEqual(fieldsOf(record));
        }
      });

      it('changes only the date line when the date changes', () => {
        for (const { name, text, record } of records(corpus)) {
          const out = editRecordFile(name, text, { date: '2031-02-03' });
          expectOneLineChange(text, out, record.date, '2031-02-03');
          const back = readRecordFile(name, out);
          expect(back.date).toBe('2031-02-03');
          expect({ ...fieldsOf(back), date: record.date }).toEqual(fieldsOf(record));
        }
      });

      it('adds only a review-by line when a review date is set, and takes it away again', () => {
        for (const { name, text, record } of records(corpus)) {
          const out = editRecordFile(name, text, { reviewBy: '2031-02-03' });
          const { removed, added } = changedLines(text, out);
          expect(removed, name).toEqual([]);
          // One line, plus the two fences when a MADR or log4brains record had no front matter yet.
          const expected = record.dialect === 'adr-tools' ? ['Review by: 2031-02-03'] : ['review-by: 2031-02-03'];
          expect(
            added.filter((l) => l !== '---'),
            name,
          ).toEqual(expected);
          expect(added.length, name).toBe(record.frontMatter || record.dialect === 'adr-tools' ? 1 : 3);
          const back = readRecordFile(name, out);
          expect({ ...fieldsOf(back), reviewBy: null }).toEqual(fieldsOf(record));
          expect(editRecordFile(name, out, { reviewBy: null }), name).toBe(text);
        }
      });
    });
  }

  it('keeps statuses as written and maps known words to a lifecycle', () => {
    const status = (corpus: Corpus, name: string) => readRecordFile(name, read(corpus, name));
    expect(status('adr__madr', '0003-provide-own-madr-tools.md')).toMatchObject({
      status: 'on hold',
      lifecycle: 'other',
    });
    expect(status('alphagov__govuk-aws', '0003-aws-networking-outline.md')).toMatchObject({
      status: 'Partly superseded',
      lifecycle: 'superseded',
    });
    expect(status('cisagov__manage.get.gov', '0024-production-release-cadence.md')).toMatchObject({
      status: 'In Review',
      lifecycle: 'other',
    });
    expect(status('cisagov__manage.get.gov', '0017-ses-email.md')).toMatchObject({
      status: 'Approved',
      lifecycle: 'accepted',
    });
    expect(status('cisagov__manage.get.gov', '0028-portfolio-session-management.md').status).toBe('Approved');
    expect(status('JabRef__jabref', '0057-allow-positional-input-file-argument.md')).toMatchObject({
      status: 'accepted; supersedes ADR-0045',
      lifecycle: 'accepted',
      supersedes: [45],
    });
    expect(status('JabRef__jabref', '0045-use-input-flag-always-for-input-files.md').supersededBy).toEqual([57]);
    expect(status('cisagov__manage.get.gov', '0027-ajax-for-dynamic-content.md').date).toBe('2024-05-22 (back dated)');
  });

  it('reads links between records, amendments included', () => {
    const links = (corpus: Corpus, name: string) => readRecordFile(name, read(corpus, name));
    expect(links('alphagov__govuk-aws', '0004-dns-definitions-for-hosts-and-services.md').supersededBy).toEqual([15]);
    expect(links('alphagov__govuk-aws', '0010-terraform-directory-structure.md').links).toContainEqual({
      relation: 'Amended by',
      label: '17. Terraform Data Structure',
      href: '0017-terraform-data-structure.md',
      number: 17,
    });
    expect(links('cisagov__manage.get.gov', '0012-user-models.md').supersededBy).toEqual([20]);
    expect(links('cisagov__manage.get.gov', '0032-reintroduce-epp-connection-pool.md').links).toContainEqual(
      expect.objectContaining({ relation: null, href: './0023-use-geventconnpool.md', number: 23 }),
    );
  });

  it('keeps numbers that differ from the title and titles that are not numbered', () => {
    const r = (corpus: Corpus, name: string) => readRecordFile(name, read(corpus, name));
    expect(r('alphagov__govuk-aws', '0033-ip-ranges.md')).toMatchObject({ number: 33, title: 'Networking Outline' });
    expect(r('cisagov__manage.get.gov', '0010-django-templates.md')).toMatchObject({
      number: 10,
      title: 'n. Django Templates',
    });
    expect(r('JabRef__jabref', '0039-use-apache-velocity-as-template-engine.md').number).toBe(39);
  });

  it('detects each folder’s conventions', () => {
    const detect = (corpus: Corpus) =>
      detectConventions(files(corpus).map((f) => ({ fileName: f, text: read(corpus, f) })));
    expect(detect('adr__madr')).toEqual({
      dialect: 'madr',
      prefix: '',
      width: 4,
      titleStyle: 'plain',
      statusPlacement: 'front-matter',
      eol: '\n',
    });
    expect(detect('alphagov__govuk-aws')).toMatchObject({
      dialect: 'adr-tools',
      titleStyle: 'numbered',
      statusPlacement: 'section',
    });
    expect(detect('JabRef__jabref')).toMatchObject({ dialect: 'madr', statusPlacement: 'front-matter' });
  });
});
