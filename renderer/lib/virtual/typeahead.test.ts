import { describe, expect, it } from 'vitest';
import { isTypeaheadKey, TypeaheadBuffer } from './typeahead.ts';

describe('TypeaheadBuffer', () => {
  it('joins keys typed in quick succession and starts again after a pause', () => {
    const buffer = new TypeaheadBuffer(500);
    expect(buffer.push('a', 1000)).toBe('a');
    expect(buffer.push('d', 1200)).toBe('ad');
    expect(buffer.push('o', 1900)).toBe('o');
    expect(buffer.typing(2000)).toBe(true);
    expect(buffer.typing(2500)).toBe(false);
  });
});

describe('isTypeaheadKey', () => {
  it('takes printable characters and leaves shortcuts, space and named keys alone', () => {
    const key = (k: string, mods = {}) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });
    expect(isTypeaheadKey(key('a'))).toBe(true);
    expect(isTypeaheadKey(key('7'))).toBe(true);
    expect(isTypeaheadKey(key('a', { ctrlKey: true }))).toBe(false);
    expect(isTypeaheadKey(key(' '))).toBe(false);
    expect(isTypeaheadKey(key(' '), true)).toBe(true);
    expect(isTypeaheadKey(key('ArrowDown'))).toBe(false);
  });
});
