// Each record rule with one record that breaks it and one that keeps it.
import { describe, expect, it } from 'vitest';
import { lintRecords } from './lint-folder.ts';

const opts = { knownKeys: new Set(['CM12', 'T6']), today: '2024-06-01' };

/** A MADR 4 record that keeps every rule; `change` swaps one piece of it. */
function madr(change: Partial<Record<'fm' | 'title' | 'context' | 'options' | 'outcome', string>> = {}): string {
  const parts = {
    fm: '---\nstatus: accepted\ndate: 2024-01-02\n---\n',
    title: '# Use a feature store\n',
    context: '\n## Context and Problem Statement\n\nFeatures drift [@CM12].\n',
    options: '\n## Considered Options\n\n* Feature store\n* Duplicate pipelines\n',
    outcome: '\n## Decision Outcome\n\nChosen option: "Feature store", because it removes skew.\n',
    ...change,
  };
  return parts.fm + parts.title + parts.context + parts.options + parts.outcome;
}

const nygard = (status: string, date = 'Date: 2024-01-02\n\n') =>
  `# 1. Record decisions\n\n${date}## Status\n\n${status}\n\n## Context\n\nc\n\n## Decision\n\nd\n\n## Consequences\n\nq\n`;

const lint = (text: string, fileName = '0001-a.md') =>
  lintRecords([{ fileName, text }], opts).map(({ line, severity, rule }) => [rule, severity, line]);

describe('record rules', () => {
  it('passes a well-kept MADR and a well-kept adr-tools record', () => {
    expect(lint(madr())).toEqual([]);
    expect(lint(nygard('Accepted'))).toEqual([]);
  });

  it('unknown-key: an error at the citation, whatever the case; code and comments are not citations', () => {
    const text = madr({ context: '\n## Context and Problem Statement\n\n[@t6] and\n[@XX12]\n' });
    expect(lint(text)).toEqual([['unknown-key', 'error', 10]]);
    const quoted = madr({
      context: '\n## Context and Problem Statement\n\n`[@XX12]`\n\n```\n[@XX12]\n```\n<!-- [@XX12] -->\n',
    });
    expect(lint(quoted)).toEqual([]);
  });

  it('no-options and no-outcome: a section that is there but empty, at its heading', () => {
    expect(lint(madr({ options: '\n## Considered Options\n\n' }))).toEqual([['no-options', 'warning', 11]]);
    expect(lint(madr({ outcome: '\n## Decision Outcome\n\n### Consequences\n\n* Good\n' }))).toEqual([
      ['no-outcome', 'warning', 16],
    ]);
    expect(lint(madr({ outcome: '\n## Decision Outcome\n\nWe keep both for now.\n' }))).toEqual([]);
    expect(lint(nygard('Accepted').replace('## Decision\n\nd\n', '## Decision\n\n'))).toEqual([
      ['no-outcome', 'warning', 13],
    ]);
  });

  it('missing-section: a warning per recommended section of the dialect, at the title', () => {
    expect(lint(madr({ options: '' }))).toEqual([['missing-section', 'warning', 5]]);
    expect(lint(nygard('Accepted').replace('## Consequences\n\nq\n', ''))).toEqual([['missing-section', 'warning', 1]]);
  });

  it('no-status and unknown-status: warnings, the status kept as written', () => {
    expect(lint(madr({ fm: '---\ndate: 2024-01-02\n---\n' }))).toEqual([['no-status', 'warning', 4]]);
    expect(lint(nygard('In Review'))).toEqual([['unknown-status', 'warning', 7]]);
    expect(lint(nygard('Approved'))).toEqual([]);
    expect(lintRecords([{ fileName: '0001-a.md', text: nygard('on hold') }], opts)[0]!.message).toBe(
      'status "on hold" is none of draft, proposed, accepted, rejected, deprecated, superseded; kept as written',
    );
  });

  it('no-date, invalid-date and future-date: warnings at the date', () => {
    expect(lint(nygard('Accepted', ''))).toEqual([['no-date', 'warning', 1]]);
    expect(lint(nygard('Accepted', 'Date: 2024-13-10\n\n'))).toEqual([['invalid-date', 'warning', 3]]);
    expect(lint(nygard('Accepted', 'Date: 2024-06-02\n\n'))).toEqual([['future-date', 'warning', 3]]);
    expect(lint(nygard('Accepted', 'Date: 2024-06-01\n\n'))).toEqual([]);
  });

  it('chosen-option-unknown: a warning when the outcome names none of the considered options', () => {
    const text = madr({ outcome: '\n## Decision Outcome\n\nChosen option: "A data lake", because why not.\n' });
    expect(lint(text)).toEqual([['chosen-option-unknown', 'warning', 18]]);
    // Link markup and a trailing description still name the option.
    expect(lint(madr({ outcome: '\n## Decision Outcome\n\nChosen option: "[Feature store](#x)"\n' }))).toEqual([]);
  });

  it('no-title and front-matter: warnings only', () => {
    expect(lint(madr({ title: '' })).map(([rule]) => rule)).toEqual(['no-title']);
    const broken = madr({ fm: '---\nstatus: [oops\n---\n' });
    expect(lint(broken)).toContainEqual(['front-matter', 'warning', 1]);
    expect(lint(broken).every(([, severity]) => severity === 'warning')).toBe(true);
  });
});
