// The palette's order: commands first, and the user's records above catalogue entries when the query names a command.
import { describe, expect, it } from 'vitest';
import { rankPalette, type PaletteKind } from './palette-rank.ts';

const item = (kind: PaletteKind, label: string) => ({ kind, label });
const labels = (items: { label: string }[]) => items.map((i) => i.label);

describe('rankPalette', () => {
  it('puts commands first, then the user’s records, then catalogue entries, when a command matches', () => {
    const ranked = rankPalette([
      item('entry', 'CM26 · Choosing between retraining and incremental modelling'),
      item('record', 'ADR-0003 Decide the retraining cadence'),
      item('command', 'Create decision'),
      item('entry', 'ST04 · Decision frameworks'),
      item('record', 'Batch retraining vs online learning'),
    ]);
    expect(labels(ranked)).toEqual([
      'Create decision',
      'ADR-0003 Decide the retraining cadence',
      'Batch retraining vs online learning',
      'CM26 · Choosing between retraining and incremental modelling',
      'ST04 · Decision frameworks',
    ]);
  });

  it('keeps the search’s relevance between records and entries when no command matches', () => {
    const ranked = rankPalette([item('entry', 'CM12'), item('record', 'ADR-0001'), item('entry', 'CM13')]);
    expect(labels(ranked)).toEqual(['CM12', 'ADR-0001', 'CM13']);
  });
});
