// A list row read without the body must be the row the whole record gives: the list and the editor never disagree.
import { describe, expect, it } from 'vitest';
import { isDecisionFileName } from '../../common/adr-file/file-names.ts';
import { summaryOf } from '../../common/decision-summary.ts';
import { editRecordFile } from '../../common/adr-file/edit-record.ts';
import { generatedLog } from '../../../tests/bench/generated-log.ts';
import { copyCorpora, corporaPresent, corpusNames } from '../../../tests/fixtures/adr-corpora.ts';
import { decisionOf } from '../folder/record-view.ts';
import { snapshotOf } from '../folder/record-snapshot.ts';
import { fileSummaryOf, withExtras } from './record-summary.ts';

const extras = { analysisId: 'a-1', git: null };

function expectSameRow(file: string, text: string) {
  const snapshot = snapshotOf(file, text) as ReturnType<typeof snapshotOf> & { text: string };
  const whole = summaryOf(decisionOf(snapshot, extras));
  expect(withExtras(fileSummaryOf(file, snapshot.version, text), extras), file).toEqual(whole);
}

describe('fileSummaryOf', () => {
  it('gives the whole record’s row for generated records (citations, supersede links, tags, review-by)', () => {
    const log = generatedLog(40);
    for (const d of log) expectSameRow(d.id, d.markdown);
    const third = log[2]!;
    const reviewed = editRecordFile(third.id, third.markdown, { reviewBy: '2027-03-01', analysis: 'a-9' });
    expectSameRow(third.id, reviewed);
    expect(fileSummaryOf(third.id, 'v', reviewed)).toMatchObject({ reviewBy: '2027-03-01', analysis: 'a-9' });
    expect(fileSummaryOf(log[0]!.id, 'v', log[0]!.markdown).citations.length).toBeGreaterThan(0);
  });

  it.skipIf(!corporaPresent)('gives the whole record’s row for every record of the shared ADR folders', () => {
    const corpora = copyCorpora();
    let checked = 0;
    try {
      for (const corpus of corpusNames)
        for (const file of corpora.files(corpus).filter(isDecisionFileName)) {
          expectSameRow(file, corpora.read(corpus, file));
          checked++;
        }
    } finally {
      corpora.remove();
    }
    expect(checked).toBeGreaterThan(100);
  });
});
