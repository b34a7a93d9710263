// Sliced JSON is JSON.stringify's text, made a slice at a time.
import { describe, expect, it } from 'vitest';
import { jsonInSlices } from './json-in-slices.ts';

describe('jsonInSlices', () => {
  it('writes what JSON.stringify writes, for long arrays too', async () => {
    const rows = Array.from({ length: 2500 }, (_, n) => ({ id: `${n}-r.md`, title: `Record "${n}"`, tags: ['a'] }));
    const value = {
      ok: true,
      value: { changed: rows, removed: [], total: 2500, gone: undefined, at: new Date(0), holes: [undefined, 1] },
    };
    expect(await jsonInSlices(value)).toBe(JSON.stringify(value));
    expect(await jsonInSlices([...rows, undefined, () => 1])).toBe(JSON.stringify([...rows, undefined, () => 1]));
    expect(await jsonInSlices('text')).toBe('"text"');
    expect(await jsonInSlices(null)).toBe('null');
  });

  it('lets other work run between the slices of a long array', async () => {
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    const text = await jsonInSlices(Array.from({ length: 3000 }, (_, n) => n));
    expect(ranBetween).toBe(true);
    expect(JSON.parse(text)).toHaveLength(3000);
  });
});
