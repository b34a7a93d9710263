// The decision log along time: one row per dated record in date order, dots coloured by lifecycle, supersede chains
// drawn as arcs from the replaced record to its replacement; undated records are set apart, never placed at zero.
import { scaleUtc } from 'd3-scale';
import { round1 } from '../../../../electron/common/format.ts';
import type { Decision, Lifecycle } from '../../../../electron/common/decision.ts';

export interface TimelineRecord {
  id: string;
  label: string;
  /** YYYY-MM-DD from the record, else from its last git commit; null when neither has one. */
  date: string | null;
  dateSource: 'record' | 'git' | null;
  lifecycle: Lifecycle | null;
  number: number | null;
  supersedes: number[];
}

export interface TimelineDot {
  id: string;
  x: number;
  y: number;
  lifecycle: Lifecycle | 'none';
  label: string;
  labelX: number;
  title: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axis: { y: number; x1: number; x2: number; ticks: { x: number; label: string }[] };
  dots: TimelineDot[];
  chains: { id: string; from: string; to: string; path: string }[];
  undated: TimelineRecord[];
}

const MARGIN = { top: 48, right: 24, bottom: 16, left: 24 };
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "Apr 2024": every tick names its year, so no tick reads as a month of an unknown year. */
const tickLabel = (t: Date) => `${months[t.getUTCMonth()]} ${t.getUTCFullYear()}`;
const ROW = 28;

/** A record's date for the timeline: its own YYYY-MM-DD, else its last commit's day. */
export function timelineRecords(
  decisions: readonly Pick<Decision, 'id' | 'number' | 'title' | 'date' | 'git' | 'lifecycle' | 'supersedes'>[],
): TimelineRecord[] {
  return decisions.map((d) => {
    const own = d.date && /^\d{4}-\d{2}-\d{2}/.test(d.date) ? d.date.slice(0, 10) : null;
    const git = d.git?.lastCommit?.date.slice(0, 10) ?? null;
    return {
      id: d.id,
      label: `${d.number === null ? '' : `${d.number}. `}${d.title}`,
      date: own ?? git,
      dateSource: own ? 'record' : git ? 'git' : null,
      lifecycle: d.lifecycle,
      number: d.number,
      supersedes: d.supersedes,
    };
  });
}

export function layoutTimeline(records: readonly TimelineRecord[], size: { width: number }): TimelineLayout {
  const width = Math.max(640, Math.round(size.width));
  const dated = records
    .filter((r) => r.date !== null)
    .sort((a, b) => a.date!.localeCompare(b.date!) || (a.number ?? 0) - (b.number ?? 0));
  const time = (r: TimelineRecord) => new Date(`${r.date}T00:00:00Z`);
  const first = dated[0] ? time(dated[0]) : new Date(Date.UTC(2020, 0, 1));
  const last = dated.at(-1) ? time(dated.at(-1)!) : first;
  // Labels run right of their dot, so the time axis takes the left 60% and leaves the rest for text.
  const x = scaleUtc()
    .domain([first, last.getTime() === first.getTime() ? new Date(first.getTime() + 864e5 * 30) : last])
    .range([MARGIN.left, MARGIN.left + (width - MARGIN.left - MARGIN.right) * 0.6])
    .nice();
  const dots = dated.map((r, i): TimelineDot => {
    const cx = round1(x(time(r)));
    const from = r.dateSource === 'git' ? ' (last commit)' : '';
    return {
      id: r.id,
      x: cx,
      y: MARGIN.top + i * ROW + ROW / 2,
      lifecycle: r.lifecycle ?? 'none',
      label: r.label,
      labelX: round1(cx + 10),
      // The visible text (name · lifecycle) first, so the accessible name starts with what the eye reads.
      title: `${r.label} · ${r.lifecycle ?? 'no status'}, ${r.date}${from}`,
    };
  });
  const byNumber = new Map(dated.flatMap((r) => (r.number === null ? [] : [[r.number, r.id] as const])));
  const at = new Map(dots.map((d) => [d.id, d]));
  const chains = dated.flatMap((r) =>
    r.supersedes.flatMap((n) => {
      const old = at.get(byNumber.get(n) ?? '');
      const next = at.get(r.id)!;
      if (!old) return [];
      // An arc bowing left of both dots, so it never crosses their labels.
      const bow = round1(Math.min(old.x, next.x) - 18 - Math.abs(next.y - old.y) * 0.15);
      return [
        {
          id: `${old.id}>${r.id}`,
          from: old.id,
          to: r.id,
          path: `M${old.x - 5},${old.y}C${bow},${old.y} ${bow},${next.y} ${next.x - 5},${next.y}`,
        },
      ];
    }),
  );
  const height = MARGIN.top + dated.length * ROW + MARGIN.bottom;
  return {
    width,
    height,
    axis: {
      y: MARGIN.top - 14,
      x1: MARGIN.left,
      x2: round1(x.range()[1]!),
      ticks: x.ticks(5).map((t) => ({ x: round1(x(t)), label: tickLabel(t) })),
    },
    dots,
    chains,
    undated: records.filter((r) => r.date === null),
  };
}
