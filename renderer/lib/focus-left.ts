// Whether focus has left a widget altogether (not just moved inside it): when a search box forgets its query.

/** For a `focusout` on the widget's root: true when focus went outside it, or nowhere (a click on the page). */
export function focusLeft(e: Pick<FocusEvent, 'currentTarget' | 'relatedTarget'>): boolean {
  const root = e.currentTarget as Node | null;
  const next = e.relatedTarget as Node | null;
  return !next || !root?.contains(next);
}
