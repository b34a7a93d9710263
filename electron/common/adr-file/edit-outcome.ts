// Writes the chosen option and its justification into the outcome's `Chosen option: "X", because …` paragraph.
import type { EditPlan } from './edit-plan.ts';

/** Starts with a block (list, quote, heading, fence) that cannot follow "because " on the same line. */
const startsBlock = /^(?:[-*+>#]|\d+[.)]|```|~~~)/;

function quote(title: string, preferred: string): string {
  if (!title.includes(preferred)) return `${preferred}${title}${preferred}`;
  return title.includes('"') ? `'${title}'` : `"${title}"`;
}

function joinBecause(justification: string): string {
  if (justification === '') return '';
  return startsBlock.test(justification) ? `, because\n\n${justification}` : `, because ${justification}`;
}

/** The whole paragraph, for an outcome that has no "Chosen option" line yet. */
function outcomeText(chosen: string | null, justification: string): string {
  if (chosen === null) return justification;
  return `Chosen option: ${quote(chosen, '"')}${joinBecause(justification)}`;
}

export function writeOutcome(plan: EditPlan, chosen: string | null, justification: string): void {
  const { layout } = plan;
  const outcome = layout.outcome;
  const title = chosen === null ? null : chosen.replace(/\s*\r?\n\s*/g, ' ').trim() || null;
  const clause = outcome.chosen;
  const changedChosen = title !== outcome.chosenTitle;
  const changedWhy = justification !== outcome.justification;
  if (!outcome.section) {
    const text = outcomeText(title, justification);
    if (text !== '') plan.addSection('outcome', text);
    return;
  }
  if (!clause || (title === null && changedChosen)) {
    plan.writeSection(outcome.section, outcome.section.own, outcomeText(title, justification));
    return;
  }
  if (changedChosen) {
    const open = layout.text[clause.title.start - 1] ?? '"';
    const fits = clause.quoted ? !title!.includes(open) : !/[,"]/.test(title!);
    if (fits) plan.replace(clause.title, title!);
    else
      plan.replace(
        { start: clause.quoted ? clause.title.start - 1 : clause.title.start, end: clause.afterTitle },
        quote(title!, '"'),
      );
  }
  if (!changedWhy) return;
  const rest = outcome.justificationSpan;
  if (clause.because && outcome.justification !== '' && justification !== '') plan.replace(rest, justification);
  else plan.replace({ start: clause.afterTitle, end: rest.end }, joinBecause(justification));
}
