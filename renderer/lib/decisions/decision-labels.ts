// How decisions are named on screen: ADR-0007 (or the file name), status as written with a shape per lifecycle.
import type { Decision, Lifecycle } from '../../../electron/common/decision.ts';
import { localDate } from '../../../electron/common/format.ts';
import { pageStorage, RememberedDates } from './remembered-dates.ts';

export function adrLabel(number: number): string {
  return `ADR-${String(number).padStart(4, '0')}`;
}

/** A record's short name: ADR-0007, or its file name when it has no number. */
export function recordLabel(d: Pick<Decision, 'id' | 'number'>): string {
  return d.number === null ? d.id : adrLabel(d.number);
}

/** The short name and the title, as lists, links and messages show a record. */
export function recordName(d: Pick<Decision, 'id' | 'number' | 'title'>): string {
  return `${recordLabel(d)} ${d.title}`;
}

/**
 * The status as the file writes it, Markdown links read as their text ("Superseded by [DNS](0015-dns.md)" →
 * "Superseded by DNS"); nothing is invented for a file without one.
 */
export function statusText(d: Pick<Decision, 'status'>): string {
  return d.status?.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim() || 'no status';
}

// Each date as shown, by its text: a keystroke in the list's filter redraws a screenful of rows, and formatting a date
// for each of them took about a millisecond of such a keystroke on a busy machine. A log holds few distinct dates.
// In the order first shown, so the first screen's dates lead what is remembered for the next start.
const shownDates = new Map<string, string>();
const remembered = new RememberedDates(
  pageStorage(),
  typeof navigator === 'undefined' ? '' : `${navigator.languages.join(',')} ${navigator.userAgent}`,
);
let saveDue = false;

export function dateText(d: Pick<Decision, 'date'>): string {
  const date = d.date?.trim();
  if (!date) return 'undated';
  let shown = shownDates.get(date);
  if (shown !== undefined) return shown;
  shown = remembered.get(date);
  if (shown === undefined) {
    shown = localDate(date);
    rememberSoon();
  }
  shownDates.set(date, shown);
  return shown;
}

/** Dates newly shown are kept for the next start once the page is idle: a short visit is remembered too. */
function rememberSoon(): void {
  if (saveDue) return;
  saveDue = true;
  const save = () => {
    saveDue = false;
    remembered.save(shownDates);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(save, { timeout: 1000 });
  else setTimeout(save, 0);
}

/** Filter words for each lifecycle; "other" holds every status word the app does not know. */
export const lifecycleLabels: Record<Lifecycle, string> = {
  draft: 'Draft',
  proposed: 'Proposed',
  accepted: 'Accepted',
  rejected: 'Rejected',
  deprecated: 'Deprecated',
  superseded: 'Superseded',
  other: 'Other status',
};

/** A shape per lifecycle, shown beside the status text, so status never rests on colour. */
export const lifecycleMarks: Record<Lifecycle | 'none', string> = {
  draft: '✎',
  proposed: '○',
  accepted: '●',
  rejected: '✕',
  deprecated: '▽',
  superseded: '↷',
  other: '◇',
  none: '–',
};

/** Whether a record no longer holds: shown de-emphasised in lists. */
export function isRetired(d: Pick<Decision, 'lifecycle'>): boolean {
  return d.lifecycle === 'superseded' || d.lifecycle === 'deprecated';
}

/** Comma-separated text ⇄ a list: blanks dropped, duplicates kept once. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

export function joinList(items: readonly string[]): string {
  return items.join(', ');
}
