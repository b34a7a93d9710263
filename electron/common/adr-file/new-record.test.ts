import { describe, expect, it } from 'vitest';
import { defaultConventions, type FolderConventions } from './conventions.ts';
import { renderNewRecord } from './new-record.ts';
import { readRecordFile } from './record-file.ts';

const record = { number: 7, title: 'Use a feature store', date: '2024-01-02', status: 'proposed' };

describe('renderNewRecord', () => {
  it('writes MADR 4 with front matter and the template sections', () => {
    const { fileName, text } = renderNewRecord(defaultConventions, record);
    expect(fileName).toBe('0007-use-a-feature-store.md');
    expect(text).toBe(
      [
        '---',
        'status: proposed',
        'date: 2024-01-02',
        '---',
        '# Use a feature store',
        '',
        '## Context and Problem Statement',
        '',
        '## Decision Drivers',
        '',
        '## Considered Options',
        '',
        '## Decision Outcome',
        '',
        '### Consequences',
        '',
        '### Confirmation',
        '',
        '## Pros and Cons of the Options',
        '',
        '## More Information',
        '',
      ].join('\n'),
    );
  });

  it('writes exactly what `adr new` writes for adr-tools', () => {
    const c: FolderConventions = {
      ...defaultConventions,
      dialect: 'adr-tools',
      titleStyle: 'numbered',
      statusPlacement: 'section',
    };
    const { fileName, text } = renderNewRecord(c, { ...record, status: 'Accepted' });
    expect(fileName).toBe('0007-use-a-feature-store.md');
    expect(text).toBe(
      [
        '# 7. Use a feature store',
        '',
        'Date: 2024-01-02',
        '',
        '## Status',
        '',
        'Accepted',
        '',
        '## Context',
        '',
        'The issue motivating this decision, and any context that influences or constrains the decision.',
        '',
        '## Decision',
        '',
        "The change that we're proposing or have agreed to implement.",
        '',
        '## Consequences',
        '',
        'What becomes easier or more difficult to do and any risks introduced by the change that will need to be mitigated.',
        '',
      ].join('\n'),
    );
  });

  it('writes log4brains records with date slugs and bullets', () => {
    const c: FolderConventions = {
      ...defaultConventions,
      dialect: 'log4brains',
      prefix: 'date',
      statusPlacement: 'bullet',
    };
    const { fileName, text } = renderNewRecord(c, { ...record, number: null });
    expect(fileName).toBe('20240102-use-a-feature-store.md');
    expect(
      text.startsWith(
        '# Use a feature store\n\n- Status: proposed\n- Date: 2024-01-02\n\n## Context and Problem Statement\n',
      ),
    ).toBe(true);
  });

  it('writes CRLF for a CRLF folder and reads back as given, absent status and date staying absent', () => {
    const c: FolderConventions = { ...defaultConventions, prefix: 'ADR-', width: 3, eol: '\r\n' };
    const { fileName, text } = renderNewRecord(c, { ...record, status: null, date: null });
    expect(fileName).toBe('ADR-007-use-a-feature-store.md');
    expect(text).not.toMatch(/(?<!\r)\n/);
    expect(readRecordFile(fileName, text)).toMatchObject({
      number: 7,
      title: 'Use a feature store',
      status: null,
      date: null,
    });
  });
});
