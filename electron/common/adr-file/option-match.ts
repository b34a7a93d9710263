// Matching a chosen option or a pros-and-cons heading to a considered option, however each was decorated.

/**
 * An option's first line as plain words: link and image markup reduced to their text; emphasis, quotes of any kind
 * and code ticks dropped (a chosen line often quotes differently than the list); lowercased; end punctuation removed.
 */
export function optionKey(markdown: string): string {
  const first = markdown.trim().split('\n')[0] ?? '';
  return first
    .replace(/!?\[((?:\\.|[^\\\]])*)\]\([^)]*\)/g, '$1')
    .replace(/!?\[((?:\\.|[^\\\]])*)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/gi, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\[\]()])/g, '$1')
    .replace(/["'`“”„‘’]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s.:;,]+$/, '');
}

/** Text after a shared start that marks a trailing description: " – The …", " - see …", ", 924 stars", " (…)". */
const boundary = /^(?:\s*[-–—:,;(]|\s)/;

/**
 * The index of the option `wanted` names: the same words, else an option that is `wanted` plus a trailing
 * description, else the longest option `wanted` starts with (a chosen line that runs on). Null when none fits.
 */
export function matchOption(wanted: string, options: readonly string[]): number | null {
  const key = optionKey(wanted);
  if (key === '') return null;
  const keys = options.map(optionKey);
  const exact = keys.indexOf(key);
  if (exact !== -1) return exact;
  const longer = keys.findIndex((k) => k.startsWith(key) && boundary.test(k.slice(key.length)));
  if (longer !== -1) return longer;
  let best: number | null = null;
  keys.forEach((k, i) => {
    if (
      k !== '' &&
      key.startsWith(k) &&
      boundary.test(key.slice(k.length)) &&
      (best === null || k.length > keys[best]!.length)
    )
      best = i;
  });
  return best;
}
