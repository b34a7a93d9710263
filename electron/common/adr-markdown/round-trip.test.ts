import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Decision } from '../decision.ts';
import type { AdrFormat, ParsedAdr } from './types.ts';
import { renderAdr } from './render-adr.ts';
import { detectFormat, parseAdr } from './parse-adr.ts';
import { decisionFileName } from './file-name.ts';
import { arbitraryDecision, sampleDecision, testContext } from '../../../tests/fixtures/adr-markdown.ts';

function roundTrip(d: Decision, format: AdrFormat): ParsedAdr {
  const md = renderAdr(d, format, testContext);
  expect(detectFormat(md)).toBe(format);
  return parseAdr(md, { fileName: decisionFileName(d.number, d.title), fallbackDate: '1970-01-01' });
}

/** What adr-tools and log4brains files hold: everything but the app's id, timestamps, analysis link and option ids. */
function held(d: Decision) {
  const chosen = d.options.find((o) => o.id === d.chosenOption)?.title ?? null;
  const { id: _id, createdAt: _c, updatedAt: _u, analysisId: _a, number: _n, chosenOption: _o, ...rest } = d;
  return { ...rest, chosen, options: d.options.map(({ id: _i, ...o }) => o) };
}

describe('MADR 4 round trip', () => {
  it('keeps every field of any decision', () => {
    fc.assert(
      fc.property(arbitraryDecision, (d) => {
        const parsed = roundTrip(d, 'madr');
        expect(parsed.warnings).toEqual([]);
        const back: Decision = {
          ...parsed.record,
          id: parsed.id!,
          number: parsed.number!,
          createdAt: parsed.createdAt!,
          updatedAt: parsed.updatedAt!,
        };
        expect(back).toEqual(d);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps the sample with custom option ids', () => {
    const parsed = roundTrip(sampleDecision, 'madr');
    expect(parsed.record.options.map((o) => o.id)).toEqual(['fs', 'dup']);
    expect(parsed.record).toMatchObject({ chosenOption: 'fs', analysisId: 'a-1', supersedes: [3] });
  });
});

describe.each(['adr-tools', 'log4brains'] as const)('%s round trip', (format) => {
  it('keeps every field the format holds', () => {
    fc.assert(
      fc.property(arbitraryDecision, (d) => {
        const parsed = roundTrip(d, format);
        expect(parsed.warnings).toEqual([]);
        expect(parsed.number).toBe(d.number);
        const back = { ...parsed.record, id: '', number: d.number, createdAt: '', updatedAt: '' };
        expect(held(back)).toEqual(held(d));
      }),
      { numRuns: 150 },
    );
  });
});
