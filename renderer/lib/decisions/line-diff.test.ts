// Marking the lines two versions do not share.
import { describe, expect, it } from 'vitest';
import { markChangedLines } from './line-diff.ts';

const changed = (lines: { changed: boolean }[]) => lines.flatMap((l, i) => (l.changed ? [i] : []));

describe('markChangedLines', () => {
  it('marks only what differs, on each side', () => {
    const disk = '# A\n\nAccepted\n\nContext\nfrom git\n\nEnd';
    const mine = '# A\n\nProposed\n\nContext\n\nEnd\nmy line';
    const [left, right] = markChangedLines(disk, mine);
    expect(changed(left)).toEqual([2, 5]);
    expect(changed(right)).toEqual([2, 7]);
    expect(left.map((l) => l.text).join('\n')).toBe(disk);
  });

  it('marks nothing for equal texts and everything against an empty one', () => {
    expect(changed(markChangedLines('a\nb', 'a\nb')[0])).toEqual([]);
    expect(changed(markChangedLines('a\nb', '')[0])).toEqual([0, 1]);
  });
});
