// How the folder's parse caches (the app's rows, the command line's listing) know a file is unchanged since they
// read it, and which version of the reader read it.

/**
 * Bump whenever reading a summary changes (the parser, the fields, their meaning): a cache written by another
 * version is then rebuilt instead of serving what the old reader saw.
 */
export const summaryReaderVersion = 1;

/** A file is known unchanged when both its size and its modification time are what they were when it was parsed. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

// A file changed twice within one tick of the file-system clock keeps its size and time; one modified shortly
// before the cache was written may have changed again after it was parsed (git calls these "racily clean").
export const racyMs = 2000;
