// A record file that changed on disk since the edit was based on it: nothing is written, both versions are kept.

export class RecordConflictError extends Error {
  override readonly name = 'RecordConflictError';
  constructor(
    readonly file: string,
    /** The file's text on disk now, or null when it was deleted. */
    readonly diskText: string | null,
  ) {
    super(
      diskText === null
        ? `${file} was deleted on disk after you opened it. Nothing was saved; choose whether to write it again.`
        : `${file} was changed on disk (by git or another editor) after you opened it. Nothing was saved; compare both versions and choose.`,
    );
  }
}
