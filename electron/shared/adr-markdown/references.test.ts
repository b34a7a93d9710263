import { describe, expect, it } from 'vitest';
import { isGeneratedReferences, referencesMarker, renderReferences } from './references.ts';
import type { CitationResolver } from './types.ts';

const resolve: CitationResolver = (key) =>
  key === 'CM12'
    ? { title: 'Data dependency debt', papers: [{ id: 'LR101', title: 'Hidden technical debt', year: 2015 }] }
    : null;

describe('renderReferences', () => {
  it('lists each cited entry with its papers, and flags unknown keys', () => {
    const body = renderReferences(['CM12', 'XX99'], resolve);
    expect(body).toContain('* **CM12**: Data dependency debt\n  * LR101: Hidden technical debt (2015)');
    expect(body).toContain('* **XX99**: not in the catalogue');
    expect(isGeneratedReferences('References', body)).toBe(true);
  });

  it('is empty without citations, and a hand-written References section is not ours', () => {
    expect(renderReferences([], resolve)).toBe('');
    expect(isGeneratedReferences('References', '* Fowler, 2002')).toBe(false);
    expect(isGeneratedReferences('Notes', referencesMarker)).toBe(false);
  });
});
