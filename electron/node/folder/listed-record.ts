// What a listing says of one record, as `tradeoff-atlas list --json` prints it and the listing cache keeps it.
import type { Dialect } from '../../common/adr-file/dialects.ts';
import type { Lifecycle } from '../../common/adr-file/lifecycle.ts';
import type { RecordSummary } from '../../common/adr-file/record-file.ts';

export interface ListedRecord {
  /** Relative to the folder. */
  file: string;
  number: number | null;
  title: string;
  status: string | null;
  lifecycle: Lifecycle | null;
  date: string | null;
  dialect: Dialect;
  supersedes: number[];
  supersededBy: number | null;
}

/** The record as listed: what its file says, nothing invented. */
export function listedRecord(s: RecordSummary): ListedRecord {
  return {
    file: s.fileName,
    number: s.number,
    title: s.title,
    status: s.status,
    lifecycle: s.lifecycle,
    date: s.date,
    dialect: s.dialect,
    supersedes: s.supersedes,
    supersededBy: s.supersededBy[0] ?? null,
  };
}
