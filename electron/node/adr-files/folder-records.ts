// Lists a folder's Markdown files and reads its decision records in parallel batches, never failing on one bad file.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isDecisionFileName } from '../../common/adr-file/file-names.ts';
import { maxAdrFileBytes, readAdrFile } from './read-adr-file.ts';

/**
 * One Markdown file of a folder. Decision records are read (text, or null with the reason in `unreadable`); README,
 * index and template files are listed with text null and no reason, so a report can say why they were left out.
 */
export interface FolderRecord {
  fileName: string;
  text: string | null;
  unreadable?: string;
}

// Enough reads in flight to keep the disk busy without holding thousands of handles open.
const readBatch = 32;

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

async function readOne(dir: string, fileName: string, kind: string, maxBytes: number): Promise<FolderRecord> {
  if (!isDecisionFileName(fileName)) return { fileName, text: null };
  if (kind === 'symlink') return { fileName, text: null, unreadable: 'a symbolic link; links are not followed' };
  if (kind !== 'file') return { fileName, text: null, unreadable: 'not a regular file' };
  const read = await readAdrFile(path.join(dir, fileName), maxBytes);
  return read.ok ? { fileName, text: read.text } : { fileName, text: null, unreadable: read.reason };
}

/** Every `*.md` entry of `dir` except folders, sorted by name; decision records read, the rest listed. */
export async function readFolderRecords(dir: string, opts: { maxBytes?: number } = {}): Promise<FolderRecord[]> {
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => /\.md$/i.test(e.name) && !e.isDirectory())
    .sort((a, b) => byName(a.name, b.name));
  const records: FolderRecord[] = [];
  for (let i = 0; i < entries.length; i += readBatch) {
    const batch = entries.slice(i, i + readBatch);
    records.push(
      ...(await Promise.all(
        batch.map((e) =>
          readOne(
            dir,
            e.name,
            e.isSymbolicLink() ? 'symlink' : e.isFile() ? 'file' : 'other',
            opts.maxBytes ?? maxAdrFileBytes,
          ),
        ),
      )),
    );
  }
  return records;
}
