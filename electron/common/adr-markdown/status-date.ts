// Reading and writing statuses and dates the way the ADR tools print them.
import type { DecisionStatus } from '../decision.ts';
import { decisionStatuses } from '../decision.ts';
import { numberFromFileName } from './file-name.ts';

export interface StatusRead {
  status: DecisionStatus;
  /** Number named in "superseded by ADR-0003" / "superseded by [..](0003-x.md)", if any. */
  supersededBy: number | null;
  warning: string | null;
}

/** Maps a printed status to ours; an unknown word becomes "proposed" (needs review) with a warning naming it. */
export function readStatus(printed: string): StatusRead {
  const text = printed.replace(/<!--[\s\S]*?-->/g, '').trim();
  const word = text.toLowerCase().replace(/[.!]+$/, '');
  const superseded = /^superse[dc]ed\b(?:\s*by\b\s*:?\s*(.*))?$/s.exec(word);
  if (superseded) {
    const target = superseded[1] ?? '';
    const href = /\]\(([^)\s]+)\)/.exec(target)?.[1];
    const bare = /^(?:adr[-\s]?)?0*(\d+)\b/.exec(target)?.[1];
    const number = href ? numberFromFileName(href) : bare ? Number(bare) : null;
    return { status: 'superseded', supersededBy: number, warning: null };
  }
  if ((decisionStatuses as readonly string[]).includes(word)) {
    return { status: word as DecisionStatus, supersededBy: null, warning: null };
  }
  if (word === 'draft')
    return { status: 'proposed', supersededBy: null, warning: 'status "draft" imported as proposed' };
  const shown = text === '' ? '(none)' : `"${text}"`;
  return { status: 'proposed', supersededBy: null, warning: `unknown status ${shown} imported as proposed` };
}

/** Status word as adr-tools prints it: "Accepted". */
export function statusWord(status: DecisionStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

export interface DateRead {
  date: string;
  warning: string | null;
}

/** Keeps YYYY-MM-DD as printed, converts old adr-tools DD/MM/YYYY, and falls back (with a warning) otherwise. */
export function readDate(printed: string | null, fallback: string): DateRead {
  const text = (printed ?? '').replace(/<!--[\s\S]*?-->/g, '').trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return { date: text, warning: null };
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (dmy) return { date: `${dmy[3]}-${dmy[2]}-${dmy[1]}`, warning: null };
  const why = text === '' ? 'no date' : `unreadable date "${text.slice(0, 40)}"`;
  return { date: fallback, warning: `${why}; dated ${fallback}` };
}
