// The lowdb adapter behind a document store: reads decode and migrate the file, writes serialise it durably.
import type { Adapter } from 'lowdb';
import { decodeDocument, type Decoded } from './decode-document.ts';
import type { DocumentKind } from './document-kind.ts';
import type { DurableTextFile } from './durable-file.ts';

export class DocumentAdapter<T> implements Adapter<T> {
  /** What the last read found, so the store can migrate, recover or open read-only; null when there was no file. */
  lastRead: Decoded<T> | null = null;
  /** The file's text as last read or written; null while there is no good file on disk. */
  savedText: string | null = null;

  constructor(
    private readonly file: DurableTextFile,
    private readonly kind: DocumentKind<T>,
    /** Runs before a good file is replaced, e.g. to rotate a backup of it. */
    private readonly beforeReplace: () => Promise<unknown>,
  ) {}

  /** A current or migrated document becomes lowdb's data; anything else stays on disk for the store to handle. */
  async read(): Promise<T | null> {
    const text = await this.file.read();
    this.lastRead = text === null ? null : decodeDocument(text, this.kind);
    if (this.lastRead?.state === 'current') this.savedText = text;
    return this.lastRead?.state === 'current' || this.lastRead?.state === 'migrated' ? this.lastRead.doc : null;
  }

  /** Compact JSON (the file is not for hand editing); an unchanged document is not rewritten. */
  async write(data: T): Promise<void> {
    const problem = this.kind.problem?.(data);
    if (problem) throw new Error(`the workspace was not saved because it would no longer open (${problem})`);
    const text = this.kind.serialise?.(data) ?? JSON.stringify(data);
    if (text === this.savedText) return;
    if (this.savedText !== null) await this.beforeReplace();
    await this.file.write(text);
    this.savedText = text;
  }
}
