// Judge ids from names: readable file names that stay inside the folder and never collide.
import { describe, expect, it } from 'vitest';
import { judgeId, judgeIdFor } from './judge.ts';

describe('judgeIdFor', () => {
  it('slugs a name, dropping accents and anything a file name should not hold', () => {
    expect(judgeIdFor('Ana María Souza', new Set())).toBe('ana-maria-souza');
    expect(judgeIdFor('../../etc/passwd', new Set())).toBe('etc-passwd');
    expect(judgeIdFor('李雷', new Set())).toBe('judge');
  });

  it('numbers a name already taken', () => {
    expect(judgeIdFor('Ann', new Set(['ann', 'ann-2']))).toBe('ann-3');
  });

  it('always gives an id the schema accepts', () => {
    for (const name of ['A', 'x'.repeat(200), '---', 'Ünïcödé  Name!']) {
      expect(judgeId.safeParse(judgeIdFor(name, new Set())).success, name).toBe(true);
    }
  });
});
