// Validates a patch from the editor: the fields a user may change, with readable messages for the rest.
import { decisionPatchSchema, type Decision, type DecisionPatch } from '../../common/decision.ts';
import { AppError, invalid } from '../../common/errors.ts';

/** Fields a patch may not change, with where they are changed instead; sending them unchanged is fine. */
const appOwned: Readonly<Record<string, string>> = {
  id: 'the app assigns it',
  number: 'the app assigns it',
  createdAt: 'the app keeps it',
  updatedAt: 'the app keeps it',
  supersedes: 'use supersede',
  supersededBy: 'use supersede',
};

// strict(): a misspelt field is an error, not a change that silently never happens.
const strictPatchSchema = decisionPatchSchema.strict();

export function parsePatch(patch: unknown, current: Decision): DecisionPatch {
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) {
    throw new AppError('bad-request', `The change to decision ${current.number} is not a set of fields.`);
  }
  const entries = Object.entries(patch);
  const issues = entries
    .filter(
      ([key, value]) => key in appOwned && JSON.stringify(value) !== JSON.stringify(current[key as keyof Decision]),
    )
    .map(([field]) => ({ field, message: `cannot be changed here (${appOwned[field]})` }));
  if (issues.length) {
    throw new AppError(
      'bad-request',
      `Decision ${current.number}: ${issues.map((i) => `${i.field} ${i.message}`).join('; ')}.`,
    );
  }
  const parsed = strictPatchSchema.safeParse(Object.fromEntries(entries.filter(([key]) => !(key in appOwned))));
  if (!parsed.success) throw invalid(`The change to decision ${current.number}`, parsed.error.issues);
  return parsed.data;
}

/** The chosen option must be one of the options (or none). */
export function assertChosenOption(d: Decision): void {
  if (d.chosenOption === null || d.options.some((o) => o.id === d.chosenOption)) return;
  throw new AppError(
    'bad-request',
    `Decision ${d.number}: the chosen option "${d.chosenOption}" is not one of the decision's options.`,
  );
}

/** What a duplicate copies: the substance of the record, not its identity, status, date or links. */
export function decisionContent(d: Decision) {
  const { decisionMakers, consulted, informed, tags, context, drivers, options, chosenOption } = d;
  const { justification, consequences, confirmation, moreInformation, analysisId, extraSections } = d;
  return {
    decisionMakers,
    consulted,
    informed,
    tags,
    context,
    drivers,
    options,
    chosenOption,
    justification,
    consequences,
    confirmation,
    moreInformation,
    analysisId,
    extraSections,
  };
}
