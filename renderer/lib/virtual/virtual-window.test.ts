import { describe, expect, it } from 'vitest';
import { rowForKey, scrollToShow, typeaheadMatch, virtualWindow } from './virtual-window.ts';

describe('virtualWindow', () => {
  it('renders the rows in view and a few either side, with space for the rest', () => {
    expect(virtualWindow(20_000, 50, 5_000, 500, 2)).toEqual({
      start: 98,
      end: 112,
      before: 4_900,
      after: (20_000 - 112) * 50,
    });
  });

  it('stays within the list at its ends and for an empty one', () => {
    expect(virtualWindow(5, 50, 0, 500, 2)).toEqual({ start: 0, end: 5, before: 0, after: 0 });
    expect(virtualWindow(100, 50, 1e9, 500, 2).end).toBe(100);
    expect(virtualWindow(0, 50, 0, 500)).toEqual({ start: 0, end: 0, before: 0, after: 0 });
  });
});

describe('scrollToShow', () => {
  it('moves only as far as needed to show the row', () => {
    expect(scrollToShow(10, 50, 0, 300)).toBe(250);
    expect(scrollToShow(2, 50, 400, 300)).toBe(100);
    expect(scrollToShow(9, 50, 400, 300)).toBe(400);
  });
});

describe('rowForKey', () => {
  it('moves by one, by a page and to either end, never past them', () => {
    expect(rowForKey('ArrowDown', 3, 10, 4)).toBe(4);
    expect(rowForKey('ArrowUp', 0, 10, 4)).toBe(0);
    expect(rowForKey('PageDown', 8, 10, 4)).toBe(9);
    expect(rowForKey('PageUp', 5, 10, 4)).toBe(1);
    expect(rowForKey('Home', 5, 10, 4)).toBe(0);
    expect(rowForKey('End', 5, 10, 4)).toBe(9);
  });

  it('starts at the first row when none is active, and ignores other keys', () => {
    expect(rowForKey('ArrowDown', -1, 10, 4)).toBe(0);
    expect(rowForKey('ArrowUp', -1, 10, 4)).toBe(0);
    expect(rowForKey('a', 2, 10, 4)).toBeNull();
    expect(rowForKey('ArrowDown', -1, 0, 4)).toBeNull();
  });
});

describe('typeaheadMatch', () => {
  const names = ['Apple', 'Banana', 'Blueberry', 'Cherry', 'Beet'];
  const textOf = (i: number) => names[i]!;

  it('finds the next row starting with the typed text, wrapping round', () => {
    expect(typeaheadMatch('b', 0, names.length, textOf)).toBe(1);
    expect(typeaheadMatch('b', 4, names.length, textOf)).toBe(1);
    expect(typeaheadMatch('blu', 1, names.length, textOf)).toBe(2);
    expect(typeaheadMatch('ch', -1, names.length, textOf)).toBe(3);
  });

  it('cycles through rows with one letter pressed again, and finds nothing for unmatched text', () => {
    expect(typeaheadMatch('bb', 1, names.length, textOf)).toBe(2);
    expect(typeaheadMatch('zz', 1, names.length, textOf)).toBeNull();
  });
});
