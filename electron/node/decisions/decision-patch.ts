// What a patch must satisfy beyond the contract's schema (a chosen option among the options), and what a duplicate copies.
import type { Decision } from '../../common/decision.ts';
import { AppError } from '../../common/errors.ts';

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
