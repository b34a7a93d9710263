// Cross-field checks on a scoring input: unique ids, complete in-range ratings, sane weights and AHP judgements.
import { validateAhpMatrix } from './ahp.ts';
import type { ScoreInput } from './input.ts';

/** Every problem found, each naming the path and id at fault; empty when the input can be scored. */
export function checkScoreInput(input: ScoreInput): string[] {
  const errors = checkSetup(input);
  errors.push(...checkRatings(input, input.ratings));
  if (input.ahp)
    errors.push(
      ...checkAhp(
        input.ahp,
        input.criteria.map((c) => c.id),
      ),
    );
  return errors;
}

/** Options and criteria alone: present, unique, with sane weights and types. */
export function checkSetup(input: Pick<ScoreInput, 'options' | 'criteria'>): string[] {
  const errors: string[] = [];
  if (input.options.length === 0) errors.push('options: add at least one option');
  if (input.criteria.length === 0) errors.push('criteria: add at least one criterion');
  errors.push(...duplicates('options', input.options), ...duplicates('criteria', input.criteria));
  input.criteria.forEach((c, k) => {
    const at = `criteria[${k}] ("${c.id}")`;
    if (!(c.weight >= 0)) errors.push(`${at}.weight: weights must be ≥ 0 (got ${c.weight})`);
    // A tradeoff criterion is rated by how well an option serves the favoured pole, so more is always better.
    if (c.tradeoff != null && c.type !== 'benefit') errors.push(`${at}.type: tradeoff criterion must be "benefit"`);
    if (c.tradeoff == null && c.favours != null) errors.push(`${at}.favours: a favoured pole needs a tradeoff`);
  });
  return errors;
}

function duplicates(list: string, items: readonly { id: string }[]): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  items.forEach((item, i) => {
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else errors.push(`${list}[${i}]: duplicate id "${item.id}" (also ${list}[${seen}])`);
  });
  return errors;
}

/** Every option rated on every criterion with a whole 1–5; `path` names the ratings in messages (a judge's, say). */
export function checkRatings(
  { options, criteria }: Pick<ScoreInput, 'options' | 'criteria'>,
  ratings: ScoreInput['ratings'],
  path = 'ratings',
): string[] {
  const errors: string[] = [];
  const optionIds = new Set(options.map((o) => o.id));
  const criterionIds = new Set(criteria.map((c) => c.id));
  for (const [optionId, row] of Object.entries(ratings)) {
    if (!optionIds.has(optionId)) {
      errors.push(`${path}.${optionId}: no option has id "${optionId}"`);
      continue;
    }
    for (const [criterionId, r] of Object.entries(row)) {
      if (!criterionIds.has(criterionId))
        errors.push(`${path}.${optionId}.${criterionId}: no criterion has id "${criterionId}"`);
      else if (!Number.isInteger(r) || r < 1 || r > 5)
        errors.push(`${path}.${optionId}.${criterionId}: ${r} is not a whole number from 1 to 5`);
    }
  }
  for (const o of options) {
    // Own-property checks: an id such as "constructor" must not find Object.prototype's members.
    const row = Object.hasOwn(ratings, o.id) ? ratings[o.id]! : {};
    const missing = criteria.filter((c) => !Object.hasOwn(row, c.id)).map((c) => `"${c.id}"`);
    if (missing.length > 0) errors.push(`${path}.${o.id}: option "${o.id}" is not rated on ${missing.join(', ')}`);
  }
  return errors;
}

/** The judgements name every criterion once and form a valid matrix; `path` names them in messages. */
export function checkAhp(ahp: NonNullable<ScoreInput['ahp']>, criterionIds: readonly string[], path = 'ahp'): string[] {
  const errors: string[] = [];
  const known = new Set(criterionIds);
  const listed = new Set<string>();
  ahp.criteria.forEach((id, i) => {
    if (!known.has(id)) errors.push(`${path}.criteria[${i}]: no criterion has id "${id}"`);
    else if (listed.has(id)) errors.push(`${path}.criteria[${i}]: "${id}" is listed twice`);
    listed.add(id);
  });
  const unlisted = criterionIds.filter((id) => !listed.has(id)).map((id) => `"${id}"`);
  if (unlisted.length > 0)
    errors.push(`${path}.criteria: must list every criterion once; missing ${unlisted.join(', ')}`);
  if (ahp.matrix.length !== ahp.criteria.length) {
    errors.push(
      `${path}.matrix: has ${ahp.matrix.length} rows but ${path}.criteria lists ${ahp.criteria.length} criteria`,
    );
    return errors;
  }
  return [...errors, ...validateAhpMatrix(ahp.matrix, `${path}.matrix`)];
}
