// Every challenge has exactly one solution, the solution points back, and the numbers match (CM07 ↔ SM07).
import type { Finding, Rule } from './finding.ts';

export const solutionsRule: Rule = (data) => {
  const findings: Finding[] = [];
  const solutions = new Map(data.solutions.map((s) => [s.id, s]));
  for (const c of data.challenges) {
    const owners = data.solutions.filter((s) => s.challenge === c.id);
    if (owners.length !== 1) {
      findings.push({
        rule: 'solutions',
        id: c.id,
        message: `${c.id} has ${owners.length} solutions, expected exactly one`,
      });
    }
    const s = solutions.get(c.solution);
    if (!s)
      findings.push({
        rule: 'solutions',
        id: c.id,
        message: `${c.id} names solution ${c.solution}, which does not exist`,
      });
    else if (s.challenge !== c.id) {
      findings.push({
        rule: 'solutions',
        id: c.id,
        message: `${c.id} names ${s.id}, but ${s.id} solves ${s.challenge}`,
      });
    }
    if (c.solution.slice(2) !== c.id.slice(2) || c.solution[1] !== c.id[1]) {
      findings.push({
        rule: 'solutions',
        id: c.id,
        message: `${c.id} should be solved by S${c.id[1]}${c.id.slice(2)}, not ${c.solution}`,
      });
    }
  }
  return findings;
};
