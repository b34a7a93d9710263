// The built renderer as the web host serves it: each file read and compressed once, then answered from memory (a
// fresh page asks for twenty files, which were read and compressed again for each); the hashed files under assets/
// are kept by the browser for good, as a new build gives them new names.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { compressed, type ContentEncoding } from './compressed-body.ts';
import { contentType, resolveInside } from '../node/serving/static-files.ts';

/** Below this a file fits in a packet or two: it is sent as it is. */
const minCompressedBytes = 1024;

/** Vite names the files it builds into assets/ by their content's hash: a changed file is a new URL. */
const isHashed = (urlPath: string) => urlPath.startsWith('/assets/');

export class StaticFile {
  /** Quoted, as the ETag header carries it. */
  readonly etag: string;
  /** The page and the catalogue keep their names across builds: the browser asks again, and a 304 answers it. */
  readonly cacheControl: string;
  readonly #compressed = new Map<ContentEncoding, Promise<Buffer>>();

  constructor(
    readonly type: string,
    readonly identity: Buffer,
    urlPath: string,
  ) {
    this.etag = `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`;
    this.cacheControl = isHashed(urlPath) ? 'private, max-age=31536000, immutable' : 'private, no-cache';
  }

  /** The body for an Accept-Encoding's choice: compressed the first time an encoding is asked for, then kept. */
  async body(encoding: ContentEncoding | null): Promise<{ body: Buffer; encoding: ContentEncoding | null }> {
    if (encoding === null || this.identity.length < minCompressedBytes) return { body: this.identity, encoding: null };
    const kept = this.#compressed.get(encoding) ?? compressed(this.identity, encoding, 'once');
    this.#compressed.set(encoding, kept);
    return { body: await kept, encoding };
  }
}

export class StaticAssets {
  readonly #root: string;
  /** By file, with the size and modification time it was read at: a rebuild while the host runs is served anew. */
  readonly #files = new Map<string, { stamp: string; file: Promise<StaticFile> }>();

  constructor(root: string) {
    this.#root = root;
  }

  /** The file a URL path names inside the renderer folder, or null when there is none. */
  async get(urlPath: string): Promise<StaticFile | null> {
    const file = resolveInside(this.#root, urlPath);
    const found = file ? await stat(file).catch(() => null) : null;
    if (!file || !found?.isFile()) return null;
    const stamp = `${found.size}:${found.mtimeMs}`;
    const kept = this.#files.get(file);
    if (kept?.stamp === stamp) return kept.file;
    const loading = readFile(file).then((bytes) => new StaticFile(contentType(file), bytes, urlPath));
    this.#files.set(file, { stamp, file: loading });
    // A file that could not be read is tried again next time rather than remembered as failed.
    loading.catch(() => {
      if (this.#files.get(file)?.file === loading) this.#files.delete(file);
    });
    return loading;
  }
}
