// The previous versions of each decision file, in `.tradeoff-atlas/backups/<file>/`, newest kept.
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const keptPerFile = 10;

// Colons and dots are not allowed in Windows file names, so the ISO time is stored with dashes.
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export class RecordBackups {
  readonly #root: string;
  readonly #now: () => Date;
  #count = 0;

  constructor(root: string, now: () => Date) {
    this.#root = root;
    this.#now = now;
  }

  /** Keeps `text` as a backup of `file` and returns its path; older ones beyond the limit are pruned. */
  async keep(file: string, text: string): Promise<string> {
    const dir = join(this.#root, file);
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${fileTimestamp(this.#now())}-${process.pid}-${++this.#count}.md`);
    // Not durable on purpose: a backup is a convenience copy; the record's own write is the durable one.
    await writeFile(path, text, { flag: 'wx' });
    const names = (await readdir(dir)).sort();
    await Promise.all(names.slice(0, -keptPerFile).map((name) => unlink(join(dir, name)).catch(() => undefined)));
    return path;
  }
}
