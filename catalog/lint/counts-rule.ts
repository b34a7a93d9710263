// The catalogue holds exactly what the paper enumerates (DESIGN.md, "What the catalogue holds").
import type { CatalogData } from '../schema.ts';
import type { Rule } from './finding.ts';

const prefixCount = (items: { id: string }[], prefix: RegExp) => items.filter((i) => prefix.test(i.id)).length;

export const expectedCounts: [string, number, (d: CatalogData) => number][] = [
  ['maintainability challenges (CM)', 41, (d) => prefixCount(d.challenges, /^CM/)],
  ['maintainability solutions (SM)', 41, (d) => prefixCount(d.solutions, /^SM/)],
  ['scalability challenges (CS)', 13, (d) => prefixCount(d.challenges, /^CS/)],
  ['scalability solutions (SS)', 13, (d) => prefixCount(d.solutions, /^SS/)],
  ['maintainability interdependencies (IM)', 13, (d) => prefixCount(d.interdependencies, /^IM/)],
  ['scalability interdependencies (IS)', 3, (d) => prefixCount(d.interdependencies, /^IS/)],
  ['anti-patterns', 1, (d) => d.antiPatterns.length],
  ['tradeoffs', 6, (d) => d.tradeoffs.length],
  ['strategies', 10, (d) => d.strategies.length],
  ['maintainability guidelines (GM)', 8, (d) => prefixCount(d.guidelines, /^GM/)],
  ['scalability guidelines (GS)', 8, (d) => prefixCount(d.guidelines, /^GS/)],
  ['papers', 124, (d) => d.references.length],
  ['research questions', 10, (d) => d.researchQuestions.length],
  ['areas', 3, (d) => d.stages.filter((s) => s.kind === 'area').length],
];

export const countsRule: Rule = (data) =>
  expectedCounts.flatMap(([what, expected, count]) => {
    const actual = count(data);
    return actual === expected ? [] : [{ rule: 'counts', message: `expected ${expected} ${what}, found ${actual}` }];
  });
