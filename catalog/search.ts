// Full-text search over catalogue entries (and anything shaped like them): prefix + fuzzy, ranked by MiniSearch's BM25.
import MiniSearch from 'minisearch';

export interface SearchDoc {
  id: string;
  kind: string;
  title: string;
  subtitle: string;
  text: string;
  /** Paper ids the doc cites, so "LR116" finds the paper and everything citing it. */
  papers: string[];
}

export interface SearchHit {
  id: string;
  kind: string;
  title: string;
  subtitle: string;
  score: number;
  /** Query terms as they matched the doc, for highlighting. */
  terms: string[];
}

const fields = ['id', 'title', 'subtitle', 'text', 'papers'];

/**
 * People search the catalogue for problems first: challenges outrank the stage they sit in,
 * and papers and source notes rank below the entries that cite them. A team's own decisions rank with challenges.
 */
const kindWeight: Record<string, number> = { challenge: 1.6, decision: 1.6, stage: 0.45, paper: 0.7, note: 0.5 };

/** Lower-case words separated by single spaces, so phrases can be found regardless of punctuation. */
const words = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count++;
  return count;
}

export class SearchIndex {
  /** Each doc's words, for the exact-phrase bonus. */
  private readonly haystacks = new Map<string, string>();
  private readonly index = new MiniSearch<SearchDoc>({
    fields,
    storeFields: ['id', 'kind', 'title', 'subtitle'],
    extractField: (doc, field) => {
      const value = doc[field as keyof SearchDoc];
      return Array.isArray(value) ? value.join(' ') : value;
    },
    searchOptions: {
      boost: { id: 8, title: 1, subtitle: 1, papers: 1 },
      prefix: true,
      // Fuzzy matching only for longer terms: short ones would match almost anything.
      fuzzy: (term) => (term.length > 4 ? 0.2 : false),
      combineWith: 'AND',
      boostDocument: (_id, _term, stored) => kindWeight[String(stored?.['kind'])] ?? 1,
    },
  });

  constructor(docs: readonly SearchDoc[] = []) {
    this.index.addAll(docs);
    for (const doc of docs) this.haystacks.set(doc.id, words(`${doc.title} ${doc.text}`));
  }

  add(doc: SearchDoc): void {
    if (this.index.has(doc.id)) this.index.replace(doc);
    else this.index.add(doc);
    this.haystacks.set(doc.id, words(`${doc.title} ${doc.text}`));
  }

  remove(id: string): void {
    if (this.index.has(id)) this.index.discard(id);
    this.haystacks.delete(id);
  }

  search(query: string, limit = 50): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    let hits = this.index.search(q);
    // A query of several words that share no doc still deserves results: fall back to any-word matching.
    if (hits.length === 0 && /\s/.test(q)) hits = this.index.search(q, { combineWith: 'OR' });
    const phrase = words(q);
    if (phrase.trim().includes(' ')) {
      // Words that occur together as typed ("concept drift") say more than the same words scattered.
      for (const h of hits) h.score *= 1 + occurrences(this.haystacks.get(h.id as string) ?? '', phrase);
      hits.sort((a, b) => b.score - a.score);
    }
    return hits.slice(0, limit).map((h) => ({
      id: h['id'] as string,
      kind: h['kind'] as string,
      title: h['title'] as string,
      subtitle: h['subtitle'] as string,
      score: h.score,
      terms: h.terms,
    }));
  }
}
