// readRecordSummary reads the same number, title, status, date and links as the whole record's reading, on
// every record of the shared corpora and of the benchmark's generated log.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyCorpora, corporaPresent, corpusNames, type CorpusCopy } from '../../../tests/fixtures/adr-corpora.ts';
import { generatedLog } from '../../../tests/bench/generated-log.ts';
import { isDecisionFileName } from './file-names.ts';
import { readRecordFile, readRecordSummary } from './record-file.ts';

function sameAsWholeRecord(fileName: string, text: string): void {
  const whole = readRecordFile(fileName, text);
  expect(readRecordSummary(fileName, text), fileName).toEqual({
    fileName,
    dialect: whole.dialect,
    number: whole.number,
    title: whole.title,
    status: whole.status,
    lifecycle: whole.lifecycle,
    date: whole.date,
    supersedes: whole.supersedes,
    supersededBy: whole.supersededBy,
  });
}

describe.skipIf(!corporaPresent)('readRecordSummary on the shared corpora', () => {
  let corpora: CorpusCopy;
  beforeAll(() => {
    corpora = copyCorpora();
  });
  afterAll(() => corpora.remove());

  it.each(corpusNames)('%s: each record summarised as it is read whole', (corpus) => {
    const names = corpora.files(corpus).filter(isDecisionFileName);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) sameAsWholeRecord(name, corpora.read(corpus, name));
  });
});

describe('readRecordSummary on generated records', () => {
  it('agrees with the whole reading on the benchmarks’ adr-tools log, supersede chains included', () => {
    for (const d of generatedLog(40)) sameAsWholeRecord(d.id, d.markdown);
  });
});
