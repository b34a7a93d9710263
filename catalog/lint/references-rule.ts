// Every id an entry mentions (papers, stages, research questions, note targets) resolves to an entry.
import type { Finding, Rule } from './finding.ts';

export const referencesRule: Rule = (data) => {
  const findings: Finding[] = [];
  const papers = new Set(data.references.map((r) => r.id));
  const stages = new Set(data.stages.map((s) => s.id));
  const rqs = new Set(data.researchQuestions.map((q) => q.id));
  const everything = new Set(
    [
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
    ]
      .flat()
      .map((e) => e.id),
  );
  const missing = (id: string, what: string, ref: string) =>
    findings.push({ rule: 'references', id, message: `${id} refers to ${what} ${ref}, which does not exist` });

  const cited = [
    data.challenges,
    data.solutions,
    data.interdependencies,
    data.antiPatterns,
    data.tradeoffs,
    data.strategies,
    data.guidelines,
  ].flat();
  for (const e of cited) for (const p of e.papers) if (!papers.has(p)) missing(e.id, 'paper', p);
  for (const c of data.challenges) {
    if (!stages.has(c.stage)) missing(c.id, 'stage', c.stage);
    if (!rqs.has(c.researchQuestion)) missing(c.id, 'research question', c.researchQuestion);
  }
  for (const i of data.interdependencies) for (const s of [i.from, i.to]) if (!stages.has(s)) missing(i.id, 'stage', s);
  for (const a of data.antiPatterns)
    for (const s of [...a.from, ...a.to]) if (!stages.has(s)) missing(a.id, 'stage', s);
  for (const n of data.notes) for (const id of n.about) if (!everything.has(id)) missing(n.id, 'entry', id);
  return findings;
};
