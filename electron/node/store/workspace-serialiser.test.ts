// The caching serialiser writes exactly what JSON.stringify would, and refuses in-place edits of what it cached.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyDecision } from '../../common/decision.ts';
import { serialiseWithDecisions } from './workspace-serialiser.ts';
import { emptyWorkspace } from './workspace-document.ts';

const decision = (n: number, title: string) =>
  emptyDecision(`id-${n}`, n, title, '2026-01-01', '2026-01-01T00:00:00.000Z');

describe('serialiseWithDecisions', () => {
  it('equals JSON.stringify for any titles and settings', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string(), { maxLength: 8 }),
        fc.dictionary(fc.string(), fc.jsonValue()),
        (titles, settings) => {
          const doc = { ...emptyWorkspace(), settings, decisions: titles.map((t, i) => decision(i + 1, t)) };
          expect(serialiseWithDecisions(doc)).toBe(JSON.stringify(doc));
        },
      ),
    );
  });

  it('reflects a replaced record and refuses an in-place change of a cached one', () => {
    const doc = { ...emptyWorkspace(), decisions: [decision(1, 'A'), decision(2, 'B')] };
    serialiseWithDecisions(doc);
    doc.decisions[1] = { ...doc.decisions[1]!, title: 'B2' };
    expect(JSON.parse(serialiseWithDecisions(doc)).decisions[1].title).toBe('B2');
    expect(() => {
      doc.decisions[0]!.title = 'changed in place';
    }).toThrow(TypeError);
    expect(() => {
      doc.decisions[0]!.tags.push('x');
    }).toThrow(TypeError);
  });
});
