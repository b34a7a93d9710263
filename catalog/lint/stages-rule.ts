// Stage names are normalised: one slug per stage, no spelling shared by two stages, and each challenge on the right kind.
import type { Finding, Rule } from './finding.ts';

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '');

export const stagesRule: Rule = (data) => {
  const findings: Finding[] = [];
  const owner = new Map<string, string>();
  for (const s of data.stages) {
    for (const name of [s.name, ...s.aliases]) {
      const key = normalise(name);
      const other = owner.get(key);
      if (other && other !== s.id) {
        findings.push({ rule: 'stages', id: s.id, message: `spelling "${name}" belongs to both ${other} and ${s.id}` });
      }
      owner.set(key, s.id);
    }
  }
  const kindOf = new Map(data.stages.map((s) => [s.id, s]));
  for (const c of data.challenges) {
    const stage = kindOf.get(c.stage);
    if (!stage) continue;
    const wanted = c.kind === 'maintainability' ? 'stage' : 'area';
    if (stage.kind !== wanted) {
      findings.push({
        rule: 'stages',
        id: c.id,
        message: `${c.id} is a ${c.kind} challenge but sits on ${stage.kind} ${stage.id}`,
      });
    }
    if (!c.areas.includes(stage.area)) {
      findings.push({
        rule: 'stages',
        id: c.id,
        message: `${c.id} lists areas ${c.areas.join(', ')} but its stage is in ${stage.area}`,
      });
    }
  }
  return findings;
};
