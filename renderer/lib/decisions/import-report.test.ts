// The import report's words for a dry run and for the import itself.
import { describe, expect, it } from 'vitest';
import type { ImportReportRow } from '../../../electron/common/api.ts';
import { importedRows, importSummary, importWords } from './import-report.ts';

const row = (file: string, status: ImportReportRow['status']): ImportReportRow => ({
  file,
  status,
  message: '',
  target: status === 'skipped' ? null : file,
});

describe('import report', () => {
  it('counts imported and renumbered files as imported, and words a dry run as what would happen', () => {
    const report = [row('a.md', 'imported'), row('b.md', 'renumbered'), row('c.md', 'skipped'), row('d.md', 'warning')];
    expect(importedRows(report).map((r) => r.file)).toEqual(['a.md', 'b.md']);
    expect(importWords('renumbered', true)).toBe('would be renumbered');
    expect(importWords('renumbered', false)).toBe('renumbered');
    expect(importWords('skipped', true)).toBe('skipped');
    expect(importSummary(report, true)).toBe(
      '1 would be imported, 1 would be renumbered, 1 skipped, 1 with a warning.',
    );
    expect(importSummary(report.slice(0, 2), false)).toBe('1 imported, 1 renumbered.');
    expect(importSummary([], true)).toBe('No Markdown records in that folder.');
  });
});
