// Which Markdown files in a folder are decision records, and which are the index, README or template beside them.
import { readdir } from 'node:fs/promises';

export interface FolderListing {
  records: string[];
  /** Markdown files that are not records, with the reason, for the import report. */
  skipped: { file: string; message: string }[];
}

/** Names the ADR tools reserve: adr-tools' and log4brains' index/README/template files, MADR's adr-template.md. */
const reserved = /^(?:index|readme|backlog|toc)\.md$|template/i;

export async function listAdrFiles(dir: string): Promise<FolderListing> {
  const entries = await readdir(dir, { withFileTypes: true });
  const listing: FolderListing = { records: [], skipped: [] };
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!/\.md$/i.test(entry.name)) continue;
    if (!entry.isFile()) listing.skipped.push({ file: entry.name, message: 'not a regular file' });
    else if (reserved.test(entry.name))
      listing.skipped.push({ file: entry.name, message: 'index, README or template file, not a decision' });
    else listing.records.push(entry.name);
  }
  return listing;
}
