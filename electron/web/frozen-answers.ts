// An answer the core froze (the whole list while no record changed: 8 MB of JSON at 20,000 records) is serialized and
// compressed once per encoding, then sent again as it is: a reload or a second tab costs the host neither again. It is
// serialized a slice at a time, so the requests of a page opened meanwhile are answered between slices.
import { encodedBody, type ContentEncoding } from './compressed-body.ts';
import { jsonInSlices } from './json-in-slices.ts';

type Encoded = Awaited<ReturnType<typeof encodedBody>>;

export class FrozenAnswers {
  readonly #bodies = new WeakMap<object, Map<ContentEncoding | null, Promise<Encoded>>>();

  /** The envelope `{ ok: true, value }` as sent in `encoding`: made once for a frozen value, else each time. */
  body(value: unknown, encoding: ContentEncoding | null): Promise<Encoded> {
    if (typeof value !== 'object' || value === null || !Object.isFrozen(value))
      return encodedBody(JSON.stringify({ ok: true, value }), encoding);
    const make = async () => encodedBody(await jsonInSlices({ ok: true, value }), encoding);
    const byEncoding = this.#bodies.get(value) ?? new Map<ContentEncoding | null, Promise<Encoded>>();
    this.#bodies.set(value, byEncoding);
    const kept = byEncoding.get(encoding) ?? make();
    byEncoding.set(encoding, kept);
    return kept;
  }
}
