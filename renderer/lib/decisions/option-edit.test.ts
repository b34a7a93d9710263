// Option and list edits.
import { describe, expect, it } from 'vitest';
import type { DecisionOption } from '../../../electron/common/decision.ts';
import { moveItem, newOption, nextOptionTitle, optionsPatch, removeAt, replaceAt } from './option-edit.ts';

const option = (id: string, title: string): DecisionOption => ({
  id,
  title,
  description: '',
  pros: [],
  neutral: [],
  cons: [],
});

describe('newOption', () => {
  it('derives a unique id from the title', () => {
    expect(newOption([], 'Use Feast').id).toBe('use-feast');
    expect(newOption([option('use-feast', 'Other title')], 'Use Feast').id).toBe('use-feast-2');
  });
});

describe('nextOptionTitle', () => {
  it('counts on past titles already taken', () => {
    expect(nextOptionTitle([option('a', 'A')])).toBe('Option 2');
    expect(nextOptionTitle([option('a', 'Option 2')])).toBe('Option 3');
  });
});

describe('list edits', () => {
  it('move, replace and remove return new arrays', () => {
    const items = ['a', 'b', 'c'];
    expect(moveItem(items, 0, 2)).toEqual(['b', 'c', 'a']);
    expect(moveItem(items, 2, 5)).toEqual(items);
    expect(replaceAt(items, 1, 'B')).toEqual(['a', 'B', 'c']);
    expect(removeAt(items, 0)).toEqual(['b', 'c']);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});

describe('optionsPatch', () => {
  const a = option('o1', 'A');
  const b = option('o2', 'B');
  it('names the chosen option with the options, clears it when removed, and leaves an undecided record alone', () => {
    expect(optionsPatch({ chosenOption: 'o2' }, [b, a])).toEqual({ options: [b, a], chosenOption: 'o2' });
    expect(optionsPatch({ chosenOption: 'o2' }, [a])).toEqual({ options: [a], chosenOption: null });
    expect(optionsPatch({ chosenOption: null }, [a])).toEqual({ options: [a] });
  });
});
