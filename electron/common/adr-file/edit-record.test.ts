import { describe, expect, it } from 'vitest';
import { editRecordFile } from './edit-record.ts';
import { readRecordFile } from './record-file.ts';
import { adrTools, bare, crlf, log4brains, madr4 } from '../../../tests/fixtures/adr-file.ts';

/** The lines an edit changed, once the common first and last lines are set aside: [removed, added]. */
function change(before: string, after: string): [string[], string[]] {
  const a = before.split('\n');
  const b = after.split('\n');
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a.at(-1 - tail) === b.at(-1 - tail)) tail++;
  return [a.slice(head, a.length - tail), b.slice(head, b.length - tail)];
}

describe('editRecordFile: MADR 4', () => {
  const edit = (edits: Parameters<typeof editRecordFile>[2]) => editRecordFile('0003-use-feast.md', madr4, edits);

  it('rewrites a front matter value in its own quoting, leaving the other keys be', () => {
    expect(change(madr4, edit({ status: 'on hold' }))).toEqual([['status: "accepted"'], ['status: "on hold"']]);
    expect(change(madr4, edit({ date: '2024-02-03' }))).toEqual([['date: 2024-01-02'], ['date: 2024-02-03']]);
    expect(change(madr4, edit({ tags: ['ml', 'data', 'ops'] }))).toEqual([
      ['tags: [ml, data]'],
      ['tags: [ml, data, ops]'],
    ]);
    expect(change(madr4, edit({ decisionMakers: ['Ann'] }))).toEqual([
      ['decision-makers: Ann, Bob'],
      ['decision-makers: Ann'],
    ]);
  });

  it('removes a status line when the status is cleared', () => {
    expect(change(madr4, edit({ status: null }))).toEqual([['status: "accepted"'], []]);
  });

  it('rewrites a section body only: comments, unknown sections and other text stay', () => {
    const out = edit({ context: 'New context.' });
    expect(change(madr4, out)).toEqual([['We need a feature store. [@CM12]'], ['New context.']]);
  });

  it('rewrites one option’s subsection and keeps paragraphs and nested lists of the others', () => {
    const options = readRecordFile('0003-use-feast.md', madr4).content.options;
    const next = options.map((o, i) => (i === 1 ? { ...o, cons: ['lock-in'] } : o));
    expect(change(madr4, edit({ options: next }))).toEqual([[], ['* Bad, because lock-in']]);
    const renamed = options.map((o, i) => (i === 2 ? { ...o, title: 'Build it ourselves' } : o));
    expect(change(madr4, edit({ options: renamed }))).toEqual([['* Build our own'], ['* Build it ourselves']]);
  });

  it('changes the chosen option and justification inside their sentence', () => {
    expect(change(madr4, edit({ chosenOption: 'Tecton' }))).toEqual([
      ['Chosen option: "Feast", because it is open.'],
      ['Chosen option: "Tecton", because it is open.'],
    ]);
    expect(change(madr4, edit({ justification: 'it scales.' }))).toEqual([
      ['Chosen option: "Feast", because it is open.'],
      ['Chosen option: "Feast", because it scales.'],
    ]);
    expect(change(madr4, edit({ justification: '' }))).toEqual([
      ['Chosen option: "Feast", because it is open.'],
      ['Chosen option: "Feast"'],
    ]);
  });

  it('keeps CRLF line endings in what it writes', () => {
    const out = editRecordFile('0003-use-feast.md', crlf(madr4), { context: 'One.\n\nTwo.', moreInformation: 'More.' });
    expect(out).not.toMatch(/(?<!\r)\n/);
    expect(readRecordFile('0003-use-feast.md', out).content.context).toBe('One.\n\nTwo.');
  });
});

describe('editRecordFile: where a missing field goes', () => {
  it('MADR: front matter keys, created when the file has none', () => {
    expect(editRecordFile('x.md', bare, { status: 'proposed', date: '2024-01-02' })).toBe(
      `---\nstatus: proposed\ndate: 2024-01-02\n---\n${bare}`,
    );
    const withKeys = '---\nparent: Decisions\n---\n# T\n';
    expect(editRecordFile('x.md', withKeys, { status: 'proposed' })).toBe(
      '---\nparent: Decisions\nstatus: proposed\n---\n# T\n',
    );
  });

  it('log4brains / MADR 2: a bullet under the title', () => {
    const noDate = log4brains.replace('- Date: 2021-01-02\n', '');
    expect(editRecordFile('20210102-x.md', noDate, { date: '2021-01-03' })).toBe(
      noDate.replace('- Tags: docs adr\n', '- Tags: docs adr\n- Date: 2021-01-03\n'),
    );
  });

  it('adr-tools: a Date line under the title and a Status section before the context', () => {
    const none = '# 2. Use Kafka\n\n## Context\n\nCtx.\n';
    expect(editRecordFile('0002-use-kafka.md', none, { date: '2020-01-01' })).toBe(
      '# 2. Use Kafka\n\nDate: 2020-01-01\n\n## Context\n\nCtx.\n',
    );
    const dated = '# 2. Use Kafka\n\nDate: 2020-01-01\n\n## Context\n\nCtx.\n';
    expect(editRecordFile('0002-use-kafka.md', dated, { status: 'Accepted' })).toBe(
      '# 2. Use Kafka\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n\n## Context\n\nCtx.\n',
    );
  });

  it('MADR: sections in template order, consequences under the outcome', () => {
    const out = editRecordFile('x.md', bare, { drivers: ['Cost'], chosenOption: 'A', consequences: 'Fine.' });
    expect(out).toBe(
      `${bare}\n## Decision Drivers\n\n* Cost\n\n## Decision Outcome\n\nChosen option: "A"\n\n### Consequences\n\nFine.\n`,
    );
  });
});

describe('editRecordFile: adr-tools and log4brains', () => {
  it('rewrites the title after its number and the status word, keeping link lines', () => {
    const out = editRecordFile('0002-use-kafka.md', adrTools, { title: 'Use Pulsar', status: 'Superseded' });
    expect(out).toBe(adrTools.replace('# 2. Use Kafka', '# 2. Use Pulsar').replace('\nAccepted\n', '\nSuperseded\n'));
  });

  it('keeps a bullet’s trailing comment when its value changes', () => {
    const out = editRecordFile('20210102-use-log4brains.md', log4brains, { status: 'accepted' });
    expect(change(log4brains, out)).toEqual([
      ['- Status: proposed <!-- optional -->'],
      ['- Status: accepted <!-- optional -->'],
    ]);
  });

  it('removes a status paragraph with its blank lines, keeping the heading and link lines', () => {
    const plain = '# 2. X\n\n## Status\n\nAccepted\n\n## Context\n\nCtx.\n';
    expect(editRecordFile('0002-x.md', plain, { status: null })).toBe('# 2. X\n\n## Status\n\n## Context\n\nCtx.\n');
    const out = editRecordFile('0002-use-kafka.md', adrTools, { status: null });
    expect(out).toBe(adrTools.replace('Accepted\n\n', ''));
    expect(readRecordFile('0002-use-kafka.md', out)).toMatchObject({ status: null, supersedes: [1] });
  });

  it('writes MADR 2 positive and negative consequences back as one text', () => {
    const madr2 = [
      '# X',
      '',
      '## Decision Outcome',
      '',
      'Chosen option: "A"',
      '',
      '### Positive Consequences',
      '',
      '* fast',
      '',
      '### Negative Consequences',
      '',
      '* costly',
      '',
      '## Links',
      '',
    ].join('\n');
    const text = '### Positive Consequences\n\n* fast\n\n### Negative Consequences\n\n* costly';
    expect(readRecordFile('x.md', madr2).content.consequences).toBe(text);
    expect(editRecordFile('x.md', madr2, { consequences: text })).toBe(madr2);
    const out = editRecordFile('x.md', madr2, { consequences: 'Fine.' });
    expect(out).toBe(madr2.replace(text, '### Consequences\n\nFine.'));
    expect(readRecordFile('x.md', out).content).toMatchObject({ consequences: 'Fine.', chosenOption: 'A' });
  });

  it('refuses to add to front matter it cannot read', () => {
    const broken = '---\nstatus: [\n---\n# T\n';
    expect(() => editRecordFile('x.md', broken, { date: '2024-01-02' })).toThrow(/front matter/);
    expect(editRecordFile('x.md', broken, { context: 'Ok.' })).toBe(
      `${broken}\n## Context and Problem Statement\n\nOk.\n`,
    );
  });

  it('returns the text unchanged when nothing changes', () => {
    for (const text of [madr4, log4brains, adrTools, bare, crlf(madr4)]) {
      const r = readRecordFile('0002-x.md', text);
      expect(editRecordFile('0002-x.md', text, { title: r.title, status: r.status, date: r.date, ...r.content })).toBe(
        text,
      );
    }
  });
});
