// review-due and analysis-disagrees: one record that breaks each rule and one that keeps it; the folder's own analyses.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyAnalysis, type Analysis } from '../../common/analysis.ts';
import { lintFolder, lintRecords } from './lint-folder.ts';

const today = '2024-06-01';
const opts = { knownKeys: new Set<string>(), today };

const madr = (fm: string, chosen = 'Feast') =>
  `---\nstatus: accepted\ndate: 2024-01-02\n${fm}---\n# Store\n\n## Context and Problem Statement\n\nc\n\n` +
  `## Considered Options\n\n* Feast\n* Homegrown\n\n## Decision Outcome\n\nChosen option: "${chosen}", because.\n`;

const nygard = (extra: string, status = 'Accepted') =>
  `# 1. Record\n\nDate: 2024-01-02\n${extra}\n## Status\n\n${status}\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nq\n`;

const lint = (text: string, analyses?: Analysis[], fileName = '0001-a.md') =>
  lintRecords([{ fileName, text }], { ...opts, analyses }).map(({ line, severity, rule }) => [rule, severity, line]);

function store(leader: 'o1' | 'o2', decisionId: string | null = null): Analysis {
  return {
    ...emptyAnalysis('a-1', 'Which store?', '2024-01-01T00:00:00.000Z'),
    updatedAt: '2024-05-20T00:00:00.000Z',
    decisionId,
    options: [
      { id: 'o1', title: 'Feast', description: '' },
      { id: 'o2', title: 'Homegrown', description: '' },
    ],
    criteria: [{ id: 'c1', title: 'Stability', tradeoff: null, favours: null, type: 'benefit', weight: 1 }],
    ratings: leader === 'o1' ? { o1: { c1: 5 }, o2: { c1: 2 } } : { o1: { c1: 2 }, o2: { c1: 5 } },
  };
}

describe('review-due', () => {
  it('warns at the review date once it has passed, in front matter and on an adr-tools line', () => {
    expect(lint(madr('review-by: 2024-05-31\n'))).toEqual([['review-due', 'warning', 4]]);
    expect(lint(nygard('Review by: 2024-05-31\n'))).toEqual([['review-due', 'warning', 4]]);
    expect(lintRecords([{ fileName: '0001-a.md', text: madr('review-by: 2024-05-31\n') }], opts)[0]!.message).toBe(
      'review date 2024-05-31 has passed (today is 2024-06-01)',
    );
  });

  it('is quiet on the day itself, before it, without a date, and for a decision no longer in force', () => {
    expect(lint(madr('review-by: 2024-06-01\n'))).toEqual([]);
    expect(lint(madr(''))).toEqual([]);
    const superseded = nygard('Review by: 2023-01-01\n', 'Superseded by [2. B](0002-b.md)');
    expect(lint(superseded).filter(([rule]) => rule === 'review-due')).toEqual([]);
  });
});

describe('analysis-disagrees', () => {
  it('warns at the analysis link when the linked analysis ranks another option first', () => {
    expect(lint(madr('analysis: a-1\n'), [store('o2')])).toEqual([['analysis-disagrees', 'warning', 4]]);
    const [message] = lintRecords([{ fileName: '0001-a.md', text: madr('analysis: a-1\n') }], {
      ...opts,
      analyses: [store('o2')],
    });
    expect(message!.message).toContain('no longer ranks the chosen “Feast” first: “Homegrown” leads');
  });

  it('follows the analysis’s own link when the record names none', () => {
    expect(lint(madr(''), [store('o2', '0001-a.md')])).toEqual([['analysis-disagrees', 'warning', 5]]);
    expect(lint(madr(''), [store('o2', '0002-other.md')])).toEqual([]);
  });

  it('is quiet while the analysis agrees, and when the record links no analysis there is', () => {
    expect(lint(madr('analysis: a-1\n'), [store('o1')])).toEqual([]);
    expect(lint(madr('analysis: a-9\n'), [store('o2')])).toEqual([]);
    expect(lint(madr('analysis: a-1\n'))).toEqual([]);
  });
});

describe('lintFolder reads the folder’s analyses', () => {
  let dir = '';
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reports a disagreeing analysis kept in .tradeoff-atlas/analyses, skipping files that are not analyses', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ta-lint-revisit-'));
    await writeFile(path.join(dir, '0001-store.md'), madr('analysis: a-1\nreview-by: 2024-01-31\n'));
    const analyses = path.join(dir, '.tradeoff-atlas', 'analyses');
    await mkdir(analyses, { recursive: true });
    await writeFile(path.join(analyses, 'a-1.json'), JSON.stringify(store('o2')));
    await writeFile(path.join(analyses, 'broken.json'), '{ not json');
    const messages = await lintFolder(dir, opts);
    expect(messages.map((m) => [m.rule, m.line])).toEqual([
      ['analysis-disagrees', 4],
      ['review-due', 5],
    ]);
  });
});
