// One decision file as last read or written: its text (or why it could not be read) and a version hash.
import { createHash } from 'node:crypto';
import { readAdrFile } from '../adr-files/read-adr-file.ts';

export interface RecordSnapshot {
  /** File name relative to the workspace folder. */
  file: string;
  /** The file's text, or null when it could not be read (such a file is never overwritten). */
  text: string | null;
  /** Why the file could not be read. */
  unreadable: string | null;
  /** Hash of the text: what an edit was based on, compared before every write. */
  version: string;
}

export function versionOf(text: string | null): string {
  return text === null ? 'unreadable' : createHash('sha1').update(text).digest('hex').slice(0, 16);
}

export function snapshotOf(file: string, text: string): RecordSnapshot {
  return { file, text, unreadable: null, version: versionOf(text) };
}

/** The file as it is on disk now, or null when it does not exist. */
export async function readSnapshot(path: string, file: string): Promise<RecordSnapshot | null> {
  const read = await readAdrFile(path);
  if (read.ok) return snapshotOf(file, read.text);
  return read.missing ? null : { file, text: null, unreadable: read.reason, version: versionOf(null) };
}
