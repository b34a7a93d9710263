// Focus leaving a widget: moving between its own parts does not count; going elsewhere, or nowhere, does.
import { describe, expect, it } from 'vitest';
import { focusLeft } from './focus-left.ts';

const root = { contains: (n: unknown) => n === input || n === option };
const input = {};
const option = {};
const elsewhere = {};
const event = (relatedTarget: object | null) =>
  ({ currentTarget: root, relatedTarget }) as unknown as Pick<FocusEvent, 'currentTarget' | 'relatedTarget'>;

describe('focusLeft', () => {
  it('is false while focus moves from the input to one of its results', () => {
    expect(focusLeft(event(option))).toBe(false);
  });
  it('is true when focus goes to another part of the page, or to no element', () => {
    expect(focusLeft(event(elsewhere))).toBe(true);
    expect(focusLeft(event(null))).toBe(true);
  });
});
