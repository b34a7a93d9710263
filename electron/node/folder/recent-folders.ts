// The desktop's recently opened decision folders, newest first, kept in the app's own data folder.
import { stat } from 'node:fs/promises';
import { z } from 'zod';
import { DurableTextFile } from '../store/durable-file.ts';

const maxRecent = 10;
const recentSchema = z.object({ folders: z.array(z.string().min(1)).max(100) });

export class RecentFolders {
  readonly #file: DurableTextFile;

  constructor(path: string) {
    this.#file = new DurableTextFile(path);
  }

  /** The folders that still exist, newest first; an unreadable list reads as empty rather than blocking start-up. */
  async list(): Promise<string[]> {
    const text = await this.#file.read().catch(() => null);
    const folders = text === null ? [] : parseFolders(text);
    const exists = await Promise.all(
      folders.map((f) =>
        stat(f).then(
          (s) => s.isDirectory(),
          () => false,
        ),
      ),
    );
    return folders.filter((_, i) => exists[i]);
  }

  /** Puts `folder` first, without duplicates, keeping at most ten. */
  async add(folder: string): Promise<string[]> {
    const folders = [folder, ...(await this.list()).filter((f) => f !== folder)].slice(0, maxRecent);
    await this.#file.write(`${JSON.stringify({ folders }, null, 2)}\n`);
    return folders;
  }
}

function parseFolders(text: string): string[] {
  try {
    return recentSchema.parse(JSON.parse(text)).folders;
  } catch {
    return [];
  }
}
