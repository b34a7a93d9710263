// Keyword matching for the tradeoff matrix: which of a tradeoff's considerations name a stage, challenge or strategy.

/**
 * Words of an entry's name that do not say what the entry is about: function words, and the domain
 * words nearly every title in the review shares ("model", "data", "ML", "challenges", "balance"…), or
 * that only spell out an acronym ("Automated" in "Automated Machine Learning"). Compared as written,
 * so "automated" is dropped from AutoML's names while "Automation" (ST03) stays a keyword.
 */
const stopWords = new Set([
  'about',
  'across',
  'and',
  'are',
  'associated',
  'between',
  'can',
  'due',
  'for',
  'from',
  'into',
  'its',
  'lead',
  'many',
  'new',
  'the',
  'their',
  'which',
  'with',
  'right',
  'different',
  'types',
  'particularly',
  'lack',
  'time',
  'machine',
  'learning',
  'model',
  'models',
  'data',
  'dataset',
  'datasets',
  'system',
  'systems',
  'challenge',
  'challenges',
  'challenging',
  'large',
  'largescale',
  'requires',
  'maintaining',
  'managing',
  'management',
  'building',
  'developing',
  'ensuring',
  'choosing',
  'determining',
  'achieving',
  'understanding',
  'creating',
  'pose',
  'raises',
  'diverse',
  'complex',
  'tools',
  'engineering',
  'current',
  'ecosystem',
  'quality',
  'realworld',
  'settings',
  'scenarios',
  'impact',
  'issues',
  'approach',
  'approaches',
  'results',
  'regular',
  'optimal',
  'efficiently',
  'software',
  'algorithm',
  'algorithms',
  'balancing',
  'advantages',
  'start',
  'process',
  'processing',
  'computing',
  'automated',
  'operations',
  'optimization',
  'optimisation',
  'affect',
  'becoming',
  'tradeoffs',
  'scale',
  'create',
]);

const suffixes = [
  ['ization', 'iz'],
  ['ation', 'at'],
  ['ment', ''],
  ['ing', ''],
  ['ed', ''],
  ['e', ''],
] as const;

/** A light stemmer: lower case, American spelling, plural and one common suffix off ("deployment" = "deploying"). */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1');
  if (w.endsWith('ies') && w.length > 5) w = `${w.slice(0, -3)}y`;
  else if (/[^su]s$/.test(w) && !w.endsWith('is') && w.length > 4) w = w.slice(0, -1);
  for (const [suffix, by] of suffixes) {
    if (w.endsWith(suffix) && w.length - suffix.length + by.length >= 4) return w.slice(0, -suffix.length) + by;
  }
  return w;
}

/** A word; hyphenated compounds count as one ("Hyper-Parameter" = "hyperparameter"). */
export const wordPattern = /[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*/g;

/** The words of a text, hyphens dropped. */
export function words(text: string): string[] {
  return (text.match(wordPattern) ?? []).map((w) => w.replaceAll('-', ''));
}

/** An entry's keywords from its names: stems of words of four letters or more, or acronyms like HPO; deduplicated, in order. */
export function keywordsOf(names: readonly string[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    for (const w of words(name)) {
      const acronym = /^[A-Z]{3,}$/.test(w);
      if ((acronym || w.length >= 4) && !stopWords.has(w.toLowerCase()) && !/^\d+$/.test(w)) out.add(stem(w));
    }
  }
  return [...out];
}

/** Which of the keywords a text contains as whole (stemmed) words. */
export function matchedKeywords(text: string, keywords: readonly string[]): string[] {
  const present = new Set(words(text).map(stem));
  return keywords.filter((k) => present.has(k));
}
