// Undoing one change to a document: what it added, replaced, removed or set goes back; later changes stay.
import { describe, expect, it } from 'vitest';
import { shallowCopy, undoChange } from './undo-change.ts';

const rec = (id: string, v = 0) => ({ id, v });

describe('undoChange', () => {
  it('removes what the change added, puts back what it replaced or removed, and resets what it set', () => {
    const a = rec('a');
    const b = rec('b');
    const c = rec('c');
    const doc = { next: 3, items: [a, b, c], settings: { theme: 'dark' } as Record<string, string> };
    const before = shallowCopy(doc);
    doc.next = 4;
    doc.items.splice(2, 1);
    doc.items[0] = rec('a', 1);
    doc.items.push(rec('d'));
    doc.settings.theme = 'light';
    doc.settings.font = 'mono';
    undoChange(doc, before, shallowCopy(doc));
    expect(doc).toEqual({ next: 3, items: [a, b, c], settings: { theme: 'dark' } });
    expect(doc.items[0]).toBe(a);
  });

  it('keeps every change made after the one it undoes', () => {
    const a = rec('a');
    const b = rec('b');
    const doc = { next: 2, items: [a, b] };
    const before = shallowCopy(doc);
    doc.next = 3;
    const added = rec('t');
    doc.items.push(added);
    doc.items[0] = rec('a', 1);
    const after = shallowCopy(doc);
    // Meanwhile another change edits b, replaces a again and adds its own record, taking the next number.
    doc.items[1] = rec('b', 2);
    doc.items[0] = rec('a', 3);
    doc.items.push(rec('u'));
    doc.next = 4;
    undoChange(doc, before, after);
    expect(doc).toEqual({ next: 4, items: [rec('a', 3), rec('b', 2), rec('u')] });
  });
});
