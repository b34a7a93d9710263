// The review date and the analysis link: read where each dialect keeps them, written as one added or changed line.
import { describe, expect, it } from 'vitest';
import { adrTools, crlf, log4brains, madr4 } from '../../../tests/fixtures/adr-file.ts';
import { editRecordFile } from './edit-record.ts';
import { readRecordFile } from './record-file.ts';

/** Lines of `after` not in `before` and the reverse, in order: enough for edits that touch one or two lines. */
function diff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

describe('review-by and analysis', () => {
  it('adds them to MADR front matter, one line each, and reads them back', () => {
    const out = editRecordFile('0003-use-feast.md', madr4, { reviewBy: '2025-06-30', analysis: 'a-42' });
    expect(diff(madr4, out)).toEqual({ removed: [], added: ['review-by: 2025-06-30', 'analysis: a-42'] });
    expect(out.split('\n').indexOf('review-by: 2025-06-30')).toBe(7);
    expect(readRecordFile('0003-use-feast.md', out)).toMatchObject({ reviewBy: '2025-06-30', analysis: 'a-42' });
  });

  it('gives a log4brains record front matter rather than a bullet log4brains would show as its own', () => {
    const out = editRecordFile('20210102-use-log4brains.md', log4brains, { reviewBy: '2025-06-30' });
    expect(out).toBe(`---\nreview-by: 2025-06-30\n---\n${log4brains}`);
    const back = readRecordFile('20210102-use-log4brains.md', out);
    expect(back).toMatchObject({
      reviewBy: '2025-06-30',
      status: 'proposed',
      date: '2021-01-02',
      dialect: 'log4brains',
    });
  });

  it('writes a "Review by:" line right under an adr-tools date, in the file’s line endings', () => {
    const out = editRecordFile('0002-use-kafka.md', adrTools, { reviewBy: '2025-06-30' });
    expect(out.split('\n').slice(0, 5)).toEqual([
      '# 2. Use Kafka',
      '',
      'Date: 2020-01-01',
      'Review by: 2025-06-30',
      '',
    ]);
    expect(diff(adrTools, out)).toEqual({ removed: [], added: ['Review by: 2025-06-30'] });
    const back = readRecordFile('0002-use-kafka.md', out);
    expect(back).toMatchObject({
      reviewBy: '2025-06-30',
      date: '2020-01-01',
      status: 'Accepted',
      dialect: 'adr-tools',
    });
    const windows = editRecordFile('0002-use-kafka.md', crlf(adrTools), { reviewBy: '2025-06-30' });
    expect(windows).toBe(crlf(out));
  });

  it('changes only the date’s own text when a review date is moved, and removes its line when cleared', () => {
    const set = editRecordFile('0002-use-kafka.md', adrTools, { reviewBy: '2025-06-30' });
    const moved = editRecordFile('0002-use-kafka.md', set, { reviewBy: '2026-01-15' });
    expect(diff(set, moved)).toEqual({ removed: ['Review by: 2025-06-30'], added: ['Review by: 2026-01-15'] });
    expect(editRecordFile('0002-use-kafka.md', set, { reviewBy: null })).toBe(adrTools);
    const madrSet = editRecordFile('0003-use-feast.md', madr4, { reviewBy: '2025-06-30' });
    expect(editRecordFile('0003-use-feast.md', madrSet, { reviewBy: null })).toBe(madr4);
  });

  it('reads the spellings people write: a "Review-by" bullet, a bold "Review by" line', () => {
    const bullet = log4brains.replace('- Date: 2021-01-02\n', '- Date: 2021-01-02\n- Review-by: 2024-03-01\n');
    expect(readRecordFile('x.md', bullet).reviewBy).toBe('2024-03-01');
    const bold = adrTools.replace('Date: 2020-01-01\n', 'Date: 2020-01-01\n**Review by:** 2024-03-01\n');
    expect(readRecordFile('x.md', bold).reviewBy).toBe('2024-03-01');
  });

  it('has none where the file names none, and warns of a review date that is no calendar day', () => {
    expect(readRecordFile('0003-use-feast.md', madr4)).toMatchObject({ reviewBy: null, analysis: null });
    const bad = madr4.replace('date: 2024-01-02\n', 'date: 2024-01-02\nreview-by: next spring\n');
    const r = readRecordFile('0003-use-feast.md', bad);
    expect(r.reviewBy).toBe('next spring');
    expect(r.warnings).toContain('review-by "next spring" is not a YYYY-MM-DD calendar date; kept as written');
  });
});
