// Ids are unique across the whole catalogue, so a bare id such as [@CM12] names exactly one entry.
import type { Rule } from './finding.ts';

export const uniqueIdsRule: Rule = (data) => {
  const seen = new Set<string>();
  const findings = [];
  const all = [
    data.stages,
    data.challenges,
    data.solutions,
    data.interdependencies,
    data.antiPatterns,
    data.tradeoffs,
    data.strategies,
    data.guidelines,
    data.references,
    data.researchQuestions,
    data.notes,
  ].flat();
  for (const { id } of all) {
    if (seen.has(id)) findings.push({ rule: 'unique-ids', id, message: `${id} is used by more than one entry` });
    seen.add(id);
  }
  return findings;
};
