// Which rows of a long list of fixed-height rows to render, and where to scroll so a row shows: pure arithmetic.

export interface VirtualWindow {
  /** First row rendered (inclusive) and the row after the last one rendered. */
  start: number;
  end: number;
  /** Space standing in for the rows above and below the rendered ones, in px. */
  before: number;
  after: number;
}

/** Rows in view plus `overscan` rows either side, so a quick scroll or keystroke finds rows already there. */
export function virtualWindow(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan = 6,
): VirtualWindow {
  if (count === 0 || rowHeight <= 0) return { start: 0, end: 0, before: 0, after: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(viewportHeight, rowHeight)) / rowHeight);
  const start = Math.max(0, Math.min(count - 1, first - overscan));
  const end = Math.min(count, last + overscan);
  return { start, end, before: start * rowHeight, after: (count - end) * rowHeight };
}

/** The scroll position that brings row `index` fully into view with the least movement (unchanged if it shows). */
export function scrollToShow(index: number, rowHeight: number, scrollTop: number, viewportHeight: number): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** The row a navigation key moves to from `active` (-1: none yet), or null for keys that do not navigate. */
export function rowForKey(key: string, active: number, count: number, page: number): number | null {
  if (count === 0) return null;
  const from = active < 0 ? -1 : active;
  const clamp = (i: number) => Math.max(0, Math.min(count - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(from + 1);
    case 'ArrowUp':
      return clamp(active < 0 ? 0 : from - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'PageDown':
      return clamp(from + Math.max(1, page));
    case 'PageUp':
      return clamp(active < 0 ? 0 : from - Math.max(1, page));
    default:
      return null;
  }
}

/**
 * Type-ahead as in native listboxes: the next row after `active` (wrapping) whose text starts with what was typed;
 * a repeated single letter cycles through the rows starting with it.
 */
export function typeaheadMatch(
  typed: string,
  active: number,
  count: number,
  textOf: (index: number) => string,
): number | null {
  const prefix = typed.toLowerCase();
  if (!prefix || count === 0) return null;
  const cycling = prefix.length > 1 && [...prefix].every((c) => c === prefix[0]);
  const wanted = cycling ? prefix[0]! : prefix;
  // A longer prefix may still match the active row; a single (or repeated) letter moves on from it.
  const offset = wanted.length > 1 ? 0 : 1;
  for (let step = 0; step < count; step++) {
    const i = (Math.max(active, 0) + offset + step) % count;
    if (textOf(i).toLowerCase().startsWith(wanted)) return i;
  }
  return null;
}
