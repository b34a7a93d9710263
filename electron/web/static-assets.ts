// The built renderer as the web host serves it: each file read and compressed once, then answered from memory (a
// fresh page asks for twenty files, which were read and compressed again for each); the hashed files under assets/
// are kept by the browser for good, as a new build gives them new names.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { compressed, type ContentEncoding } from './compressed-body.ts';
import { contentType, resolveInside } from '../node/serving/static-files.ts';

/** Below this a file fits in a packet or two: it is sent as it is. */
const minCompressedBytes = 1024;

export interface StaticFile {
  type: string;
  /** Quoted, as the ETag header carries it. */
  etag: string;
  cacheControl: string;
  identity: Buffer;
  br: Buffer | null;
  gzip: Buffer | null;
}

/** Vite names the files it builds into assets/ by their content's hash: a changed file is a new URL. */
const isHashed = (urlPath: string) => urlPath.startsWith('/assets/');

async function loaded(file: string, urlPath: string): Promise<StaticFile> {
  const identity = await readFile(file);
  const large = identity.length >= minCompressedBytes;
  const [br, gzip] = large
    ? await Promise.all([compressed(identity, 'br', 'once'), compressed(identity, 'gzip', 'once')])
    : [null, null];
  return {
    type: contentType(file),
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
    // The page and the catalogue keep their names across builds: the browser asks again, and a 304 answers it.
    cacheControl: isHashed(urlPath) ? 'private, max-age=31536000, immutable' : 'private, no-cache',
    identity,
    br,
    gzip,
  };
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
    const loading = loaded(file, urlPath);
    this.#files.set(file, { stamp, file: loading });
    // A file that could not be read is tried again next time rather than remembered as failed.
    loading.catch(() => {
      if (this.#files.get(file)?.file === loading) this.#files.delete(file);
    });
    return loading;
  }
}

/** The body to send for an Accept-Encoding's choice: the compressed copy when there is one. */
export function bodyFor(
  file: StaticFile,
  encoding: ContentEncoding | null,
): { body: Buffer; encoding: ContentEncoding | null } {
  const body = encoding === null ? null : file[encoding];
  return body ? { body, encoding } : { body: file.identity, encoding: null };
}
