// The catalogue search answers the queries users type most, in the order they expect.
import { describe, expect, it } from 'vitest';
import { catalog } from './index.ts';
import { SearchIndex } from './search.ts';

const index = new SearchIndex(catalog.entries);
const ids = (q: string) => index.search(q).map((h) => h.id);

describe('catalogue search', () => {
  it('"concept drift" finds CM12 first', () => {
    expect(ids('concept drift')[0]).toBe('CM12');
  });

  it('"hyperparameter" finds CM15, CM16 and CS05', () => {
    expect(ids('hyperparameter')).toEqual(expect.arrayContaining(['CM15', 'CM16', 'CS05']));
  });

  it('"LR116" finds the paper first, then everything citing it', () => {
    const found = ids('LR116');
    expect(found[0]).toBe('LR116');
    for (const e of catalog.citedBy('LR116')) expect(found).toContain(e.id);
  });

  it('matches prefixes as the user types and forgives a typo', () => {
    expect(ids('hyperparam')).toEqual(expect.arrayContaining(['CM15', 'CM16']));
    expect(ids('reproducibilty').length).toBeGreaterThan(0);
  });

  it('returns nothing for an empty query and finds added docs', () => {
    expect(index.search('   ')).toEqual([]);
    const local = new SearchIndex();
    local.add({ id: 'd1', kind: 'decision', title: 'Adopt feature store', subtitle: '', text: '', papers: [] });
    expect(local.search('feature store').map((h) => h.id)).toEqual(['d1']);
    local.remove('d1');
    expect(local.search('feature store')).toEqual([]);
  });
});

describe('exact phrases', () => {
  it('rank a doc with the words together above one with them scattered', () => {
    const local = new SearchIndex([
      { id: 'a', kind: 'x', title: 'Models', subtitle: '', text: 'drift is a concept we know', papers: [] },
      { id: 'b', kind: 'x', title: 'Monitoring', subtitle: '', text: 'concept drift appears here', papers: [] },
    ]);
    expect(local.search('concept drift').map((h) => h.id)).toEqual(['b', 'a']);
  });
});
