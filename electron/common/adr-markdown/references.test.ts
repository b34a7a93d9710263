// The generated references section: rendered from citations, recognised on import, and cut before parsing.
import { describe, expect, it } from 'vitest';
import { isGeneratedReferences, referencesMarker, renderReferences, withoutGeneratedReferences } from './references.ts';
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

describe('withoutGeneratedReferences', () => {
  it('cuts our generated section and keeps what follows it', () => {
    const src = `# T\n\n## Context\n\nc [@CM12]\n\n## References\n\n${referencesMarker}\n\n* **CM12**: x\n\n## Extra\n\nkept\n`;
    expect(withoutGeneratedReferences(src)).toBe('# T\n\n## Context\n\nc [@CM12]\n\n## Extra\n\nkept\n');
  });

  it('leaves a hand-written References section alone', () => {
    const src = '# T\n\n## References\n\n* a paper\n';
    expect(withoutGeneratedReferences(src)).toBe(src);
  });
});
