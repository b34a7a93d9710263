// How numbers, scores, labels and dates are written, the same in decision records, the editors and the charts.

/** One decimal, dropped when it is zero: 35.3 → "35.3", 35 → "35". */
const oneDecimal = (x: number): string => String(round1(x));

/** Rounds to one decimal, so chart coordinates, path strings and tests stay stable. */
export const round1 = (x: number): number => Math.round(x * 10) / 10;

/** 0.353 → "35.3%", 0.35 → "35%". */
export const percent = (x: number): string => `${oneDecimal(x * 100)}%`;

/** A score in [0, 1] as points out of 100, one decimal: 0.7251 → "72.5". */
export const points = (x: number): string => (Math.round(x * 1000) / 10).toFixed(1);

/** A score in [0, 1] as whole points out of 100, for axis ticks: 0.25 → "25". */
export const wholePoints = (x: number): string => String(Math.round(x * 100));

/** A weight change δ as signed percentage points, with a true minus sign: −0.12 → "−12 pts". */
export const weightPoints = (delta: number): string =>
  `${delta < 0 ? '−' : '+'}${oneDecimal(Math.abs(delta) * 100)} pts`;

/** "=1" when another option shares the rank, so ties are never hidden by list order. */
export const rankLabel = (ranks: readonly number[], i: number): string =>
  ranks.filter((r) => r === ranks[i]).length > 1 ? `=${ranks[i]}` : String(ranks[i]);

/** A count with thousands separators, in the app's language: 10000 → "10,000". */
export const count = (n: number): string => n.toLocaleString('en');

/** Short key of criterion k in charts, legends and the editor: C1, C2, … */
export const criterionKey = (k: number): string => `C${k + 1}`;

/** Text cut to about `maxWidth` pixels at `charWidth` per character, ending in an ellipsis when cut. */
export function truncate(text: string, maxWidth: number, charWidth = 7): string {
  const max = Math.max(3, Math.floor(maxWidth / charWidth));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * Text wrapped at word boundaries into at most `maxLines` lines of about `maxWidth` pixels, so a chart label uses the
 * room it has before anything is cut; only what still does not fit ends in an ellipsis.
 */
export function wrapLabel(text: string, maxWidth: number, maxLines = 2, charWidth = 7): string[] {
  const max = Math.max(3, Math.floor(maxWidth / charWidth));
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines.map((line) => truncate(line, maxWidth, charWidth));
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = truncate(`${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`, maxWidth, charWidth);
  return kept.map((line) => truncate(line, maxWidth, charWidth));
}

/** The calendar date where the user is, YYYY-MM-DD, as ADR tools write it and file names carry it. */
export function calendarDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// One formatter for every date the app shows; UTC so a day is never shifted by the user's time zone. Made at first
// use, not when this module loads: the first date format of a process loads ICU's locale data (50 to 150 ms). A worker
// that loaded it while the page started cost the list more than it saved: on two cores it took CPU the start needed.
let dayFormat: Intl.DateTimeFormat | undefined;

/**
 * A day as the user's locale writes it ("30 Nov 2026", "Nov 30, 2026") from text that starts YYYY-MM-DD (a record's
 * date, a git commit's); anything else (“June 2019”) as written. Files keep ISO dates; only what is shown changes.
 */
export function localDate(text: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return text;
  const day = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (!day.toISOString().startsWith(m[0])) return text;
  dayFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
  return dayFormat.format(day);
}
