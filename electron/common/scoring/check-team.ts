// Cross-field checks on a team's input: the analysis's own rules, then each judge's id, weight, ratings and AHP judgements.
import { checkAhp, checkRatings, checkSetup } from './check-input.ts';
import type { TeamInput } from './team-input.ts';

/** Every problem found, each naming the judge at fault; empty when the team's input can be scored. */
export function checkTeamInput(input: TeamInput): string[] {
  const errors = checkSetup(input);
  const criterionIds = input.criteria.map((c) => c.id);
  if (input.ahp) errors.push(...checkAhp(input.ahp, criterionIds));
  if (input.judges.length === 0) errors.push('judges: add at least one judge');
  const seen = new Map<string, number>();
  input.judges.forEach((j, i) => {
    const at = `judges[${i}] ("${j.id}")`;
    const first = seen.get(j.id);
    if (first !== undefined) errors.push(`judges[${i}]: duplicate id "${j.id}" (also judges[${first}])`);
    else seen.set(j.id, i);
    if (j.weight !== undefined && !(j.weight >= 0 && Number.isFinite(j.weight)))
      errors.push(`${at}.weight: judge weights must be finite and ≥ 0 (got ${j.weight})`);
    errors.push(...checkRatings(input, j.ratings, `${at}.ratings`));
    if (j.ahp) errors.push(...checkAhp(j.ahp, criterionIds, `${at}.ahp`));
  });
  // Weights are normalised over the judges; with nothing to divide by, no judge would count.
  const judged = input.judges.length > 0 && input.judges.every((j) => j.weight === undefined || j.weight >= 0);
  if (judged && input.judges.every((j) => j.weight === 0))
    errors.push('judges: every judge weighs 0; give at least one judge a weight above 0');
  return errors;
}
