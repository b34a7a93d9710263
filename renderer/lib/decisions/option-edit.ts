// Editing a decision's options and text lists: add, rename, move and remove, without mutating the input.
import { assignOptionIds } from '../../../electron/common/adr-markdown/options-markdown.ts';
import type { Decision, DecisionOption, DecisionPatch } from '../../../electron/common/decision.ts';

/** A new option with a unique id derived from its title. */
export function newOption(options: readonly DecisionOption[], title: string): DecisionOption {
  const ids = assignOptionIds(
    [...options.map((o) => o.title), title],
    options.map((o) => o.id),
  );
  return { id: ids.at(-1)!, title, description: '', pros: [], neutral: [], cons: [] };
}

/**
 * A patch that changes the options and names the chosen option with them (or clears it when it is gone), so the
 * outcome follows the option whatever ids the host gives the options it writes. An undecided record stays so.
 */
export function optionsPatch(d: Pick<Decision, 'chosenOption'>, options: DecisionOption[]): DecisionPatch {
  if (d.chosenOption === null) return { options };
  return { options, chosenOption: options.some((o) => o.id === d.chosenOption) ? d.chosenOption : null };
}

/** The title for the next blank option: "Option 3". */
export function nextOptionTitle(options: readonly DecisionOption[]): string {
  const titles = new Set(options.map((o) => o.title));
  let n = options.length + 1;
  while (titles.has(`Option ${n}`)) n++;
  return `Option ${n}`;
}

export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(to, 0, item!);
  return copy;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
