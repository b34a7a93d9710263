// Autocomplete candidates for a citation being typed.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog/index.ts';
import { citationCandidates, isCitable } from './citation-candidates.ts';

const entries = [
  { id: 'CM10', kind: 'challenge', title: 'Feature drift' },
  { id: 'CM2', kind: 'challenge', title: 'Data quality' },
  { id: 'CM1', kind: 'challenge', title: 'Dataset creation cost' },
  { id: 'T5', kind: 'tradeoff', title: 'Scalability vs Cost' },
  { id: 'N01', kind: 'note', title: 'Caption names the wrong table' },
  { id: 'dataset-creation', kind: 'stage', title: 'Dataset creation' },
];

describe('citationCandidates', () => {
  it('puts id matches first, in natural order', () => {
    expect(citationCandidates('cm1', entries).map((c) => c.id)).toEqual(['CM1', 'CM10']);
  });

  it('then matches the start of any title word', () => {
    expect(citationCandidates('cost', entries).map((c) => c.id)).toEqual(['CM1', 'T5']);
    expect(citationCandidates('drift', entries).map((c) => c.id)).toEqual(['CM10']);
  });

  it('never offers notes or ids a citation cannot hold', () => {
    expect(citationCandidates('', entries).map((c) => c.id)).toEqual(['CM10', 'CM2', 'CM1', 'T5']);
    expect(citationCandidates('data', entries).map((c) => c.id)).toEqual(['CM2', 'CM1']);
  });

  it('respects the limit', () => {
    expect(citationCandidates('c', entries, 1)).toHaveLength(1);
  });

  it('finds real catalogue entries', () => {
    const [first] = citationCandidates('CM12', catalog.entries);
    expect(first?.id).toBe('CM12');
    expect(catalog.entries.filter(isCitable).length).toBeGreaterThan(250);
  });
});
