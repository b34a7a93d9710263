// The previous versions of each decision file, in `.tradeoff-atlas/backups/<file>/`, newest kept.
import { mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { errnoCode } from '../../common/errors.ts';

const keptPerFile = 10;

// Colons and dots are not allowed in Windows file names, so the ISO time is stored with dashes.
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

export class RecordBackups {
  readonly #root: string;
  readonly #now: () => Date;
  #count = 0;
  /** Folders made (or found) since the workspace opened: each save asked the disk for its folder again. */
  readonly #made = new Set<string>();
  /** The pruning after each backup, one at a time: it runs after the save that made it has been answered. */
  #pruning: Promise<void> = Promise.resolve();

  constructor(root: string, now: () => Date) {
    this.#root = root;
    this.#now = now;
  }

  /**
   * Keeps `text` as a backup of `file` and returns its path once written; older ones beyond the limit are pruned
   * afterwards (`settled` waits for that).
   */
  async keep(file: string, text: string): Promise<string> {
    const dir = join(this.#root, file);
    // The count padded: names sort by age when several backups fall within one millisecond, and pruning goes by name.
    const count = String(++this.#count).padStart(6, '0');
    const path = join(dir, `${fileTimestamp(this.#now())}-${process.pid}-${count}.md`);
    // Not durable on purpose: a backup is a convenience copy; the record's own write is the durable one.
    const write = () => writeFile(path, text, { flag: 'wx' });
    if (!this.#made.has(dir)) await mkdir(dir, { recursive: true });
    // A folder removed by hand since is made again.
    await write().catch(async (error: unknown) => {
      if (errnoCode(error) !== 'ENOENT') throw error;
      await mkdir(dir, { recursive: true });
      await write();
    });
    this.#made.add(dir);
    this.#pruning = this.#pruning.then(() => prune(dir));
    return path;
  }

  /** Resolves once the pruning of every backup kept so far has ended. */
  settled(): Promise<void> {
    return this.#pruning;
  }
}

async function prune(dir: string): Promise<void> {
  const names = (await readdir(dir).catch(() => [])).sort();
  await Promise.all(names.slice(0, -keptPerFile).map((name) => unlink(join(dir, name)).catch(() => undefined)));
}
