// A lowdb adapter for one JSON file, written durably and pretty-printed so git can merge it line by line.
import type { Adapter } from 'lowdb';
import { DurableTextFile } from '../store/durable-file.ts';

export class JsonFile<T> implements Adapter<T> {
  readonly #file: DurableTextFile;
  readonly #decode: (value: unknown) => T;

  /** `decode` validates what was read; it throws for a file of the wrong shape. */
  constructor(path: string, decode: (value: unknown) => T) {
    this.#file = new DurableTextFile(path);
    this.#decode = decode;
  }

  async read(): Promise<T | null> {
    const text = await this.#file.read();
    return text === null ? null : this.#decode(JSON.parse(text));
  }

  write(data: T): Promise<void> {
    return this.#file.write(`${JSON.stringify(data, null, 2)}\n`);
  }
}
