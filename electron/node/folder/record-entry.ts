// What the folder keeps of each record file between reads: its version hash and list row, never its text, so a
// folder of twenty thousand records holds rows, and a record's text is read from its file when it is opened or edited.
import type { StampedAdrFileRead } from '../adr-files/read-adr-file.ts';
import { fileSummaryOf, type FileSummary } from '../decisions/record-summary.ts';
import { versionOf } from './record-snapshot.ts';
import { racyMs, type FileStamp } from './file-stamp.ts';

export interface RecordEntry {
  /** File name relative to the workspace folder. */
  file: string;
  /** Hash of the text last read or written; what an edit must be based on ("unreadable" for such a file). */
  version: string;
  /** Why the file could not be read (it is never overwritten), or null. */
  unreadable: string | null;
  /** The list row, read from the same text as the version; null for an unreadable file. */
  row: FileSummary | null;
  /**
   * The file's size and time when they vouch for the version (so the next open may skip reading it), or null: a
   * file the app wrote itself, or one modified so shortly before it was read that it may change again unseen.
   */
  stamp: FileStamp | null;
}

// A row's texts are cut from its file's text, and V8 keeps a cut-out string pointing into the whole: each kept title
// would keep its record's text alive. Joined to a space and cut again, a text is copied on its own.
const ownCopy = (text: string) => ` ${text}`.slice(1);
const ownCopyOrNull = (text: string | null) => (text === null ? null : ownCopy(text));

function detached(row: FileSummary): FileSummary {
  return {
    ...row,
    title: ownCopy(row.title),
    status: ownCopyOrNull(row.status),
    date: ownCopyOrNull(row.date),
    reviewBy: ownCopyOrNull(row.reviewBy),
    tags: row.tags.map(ownCopy),
    citations: row.citations.map(ownCopy),
    analysis: ownCopyOrNull(row.analysis),
  };
}

/** The entry of a text the app has just written or been given: its size and time are not known to belong to it. */
export function entryOfText(file: string, text: string): RecordEntry {
  const version = versionOf(text);
  return { file, version, unreadable: null, row: detached(fileSummaryOf(file, version, text)), stamp: null };
}

/**
 * The entry of a file as just read (null when it is gone); `readAt` is a time no later than the read began. The
 * stamp is kept only for a file last modified well before that, as git trusts only entries that are not "racily clean".
 */
export function entryOfRead(file: string, read: StampedAdrFileRead, readAt: number): RecordEntry | null {
  if (!read.ok)
    return read.missing ? null : { file, version: versionOf(null), unreadable: read.reason, row: null, stamp: null };
  const entry = entryOfText(file, read.text);
  if (read.mtimeMs < readAt - racyMs) entry.stamp = { size: read.size, mtimeMs: read.mtimeMs };
  return entry;
}
