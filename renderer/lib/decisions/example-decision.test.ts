// The example decision is valid and cites only real catalogue entries.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../catalog/index.ts';
import { decisionPatchSchema } from '../../../electron/common/decision-schema.ts';
import { citedKeys, decisionTexts, emptyDecision } from '../../../electron/common/decision.ts';
import { examplePatch, exampleTitle } from './example-decision.ts';

describe('example decision', () => {
  it('is a valid patch whose chosen option exists', () => {
    expect(decisionPatchSchema.strict().safeParse(examplePatch).success).toBe(true);
    expect(examplePatch.options?.map((o) => o.id)).toContain(examplePatch.chosenOption);
  });

  it('cites CM10, SM11 and T5, all in the catalogue', () => {
    const d = { ...emptyDecision('x.md', 1, exampleTitle), ...examplePatch };
    const keys = [...new Set(decisionTexts(d).flatMap(citedKeys))];
    expect(keys).toEqual(['CM10', 'SM11', 'T5']);
    for (const k of keys) expect(catalog.entry(k), k).toBeDefined();
  });
});
