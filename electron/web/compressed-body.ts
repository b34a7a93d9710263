// Large bodies go compressed when the browser accepts it: the list of twenty thousand records is 8 MB of JSON, which
// brotli at its fastest setting makes 0.7 MB in 15 ms, on libuv's thread pool, so the host answers meanwhile.
import { brotliCompress, constants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

// Below this a body fits in a few packets: compressing would cost more than it saves.
const minBytes = 32 * 1024;

export type ContentEncoding = 'br' | 'gzip';

/** The encoding to answer with: brotli, else gzip, when the request's Accept-Encoding allows it (q=0 refuses). */
export function acceptedEncoding(header: string | string[] | undefined): ContentEncoding | null {
  const accepted = new Set(
    String(header ?? '')
      .split(',')
      .map((part) =>
        part
          .trim()
          .toLowerCase()
          .split(/\s*;\s*/),
      )
      .filter(([, q]) => q === undefined || !/^q=0(\.0*)?$/.test(q))
      .map(([name]) => name),
  );
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return null;
}

/**
 * How hard to compress: `fast` for an answer made per request; `once` for a file compressed once and then served from
 * memory (brotli 5 and gzip 6 make a 175 KB script 64 KB in about 10 ms, where brotli 9 takes 30 times as long for 1%).
 */
export type Effort = 'fast' | 'once';

/** `bytes` in `encoding`. */
export async function compressed(bytes: Buffer, encoding: ContentEncoding, effort: Effort): Promise<Buffer> {
  if (encoding === 'gzip') return gzipped(bytes, { level: effort === 'fast' ? 1 : 6 });
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: effort === 'fast' ? 1 : 5,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  };
  return brotli(bytes, { params });
}

/** The body as it is sent: compressed when it is large and the browser accepts an encoding. */
export async function encodedBody(
  body: string | Buffer,
  encoding: ContentEncoding | null,
): Promise<{ body: string | Buffer; encoding: ContentEncoding | null }> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  if (encoding === null || bytes.length < minBytes) return { body: bytes, encoding: null };
  return { body: await compressed(bytes, encoding, 'fast'), encoding };
}
