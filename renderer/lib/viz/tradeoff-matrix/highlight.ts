// Splits a consideration into plain and matched runs, so the evidence panel can mark the words that name the entry.
import { stem, wordPattern } from '../../../../catalog/tradeoff-matrix-keywords.ts';

export interface Run {
  text: string;
  hit: boolean;
}

export function markKeywords(text: string, keywords: readonly string[]): Run[] {
  const wanted = new Set(keywords);
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(wordPattern)) {
    if (!wanted.has(stem(m[0].replaceAll('-', '')))) continue;
    if (m.index > last) runs.push({ text: text.slice(last, m.index), hit: false });
    runs.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), hit: false });
  return runs;
}
