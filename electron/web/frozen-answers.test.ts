// A frozen answer is serialized and compressed once per encoding; any other answer each time it is sent.
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FrozenAnswers } from './frozen-answers.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `${i}-record.md`, title: `Record ${i}` }));

describe('FrozenAnswers', () => {
  it('makes the body of a frozen value once per encoding, the same bytes each time', async () => {
    const answers = new FrozenAnswers();
    const value = Object.freeze({ changed: Object.freeze(rows(2000)) });
    const first = await answers.body(value, 'br');
    expect(first.encoding).toBe('br');
    expect(JSON.parse(brotliDecompressSync(first.body as Buffer).toString())).toEqual({ ok: true, value });
    expect((await answers.body(value, 'br')).body).toBe(first.body);
    const plain = await answers.body(value, null);
    expect(plain.encoding).toBeNull();
    expect(plain.body).not.toBe(first.body);
    expect((await answers.body(value, null)).body).toBe(plain.body);
  });

  it('serializes a value that is not frozen each time, as it is then', async () => {
    const answers = new FrozenAnswers();
    const value = { changed: rows(1) };
    const before = await answers.body(value, null);
    value.changed.push({ id: 'late.md', title: 'Late' });
    const after = await answers.body(value, null);
    expect(after.body).not.toBe(before.body);
    expect(JSON.parse(after.body.toString())).toEqual({ ok: true, value });
  });
});
