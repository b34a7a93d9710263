// Analyses as one JSON file each in `.tradeoff-atlas/analyses/`, so two people's analyses never touch the same file.
import { mkdir, readdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { analysisSchema, type Analysis } from '../../common/analysis.ts';
import { JsonFile } from './json-file.ts';

export interface UnreadableAnalysis {
  file: string;
  reason: string;
}

const fileOf = (id: string) => `${id}.json`;
// Ids are the app's UUIDs; anything else in a file name is not ours to read or write.
const safeId = /^[A-Za-z0-9_-]{1,64}$/;

export class AnalysisFiles {
  readonly #dir: string;
  readonly #backups: string;
  readonly #open = new Map<string, Low<Analysis>>();
  #unreadable: UnreadableAnalysis[] = [];

  private constructor(dir: string, backups: string) {
    this.#dir = dir;
    this.#backups = backups;
  }

  /** Reads every analysis file; one that does not pass the schema is reported and left on disk untouched. */
  static async open(dir: string, backups: string): Promise<AnalysisFiles> {
    const files = new AnalysisFiles(dir, backups);
    await mkdir(dir, { recursive: true });
    const names = (await readdir(dir)).filter((n) => n.endsWith('.json') && safeId.test(n.slice(0, -5))).sort();
    await Promise.all(names.map((name) => files.#read(name)));
    return files;
  }

  list(): Analysis[] {
    return [...this.#open.values()].map((db) => db.data).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  get(id: string): Analysis | undefined {
    return this.#open.get(id)?.data;
  }

  get unreadable(): readonly UnreadableAnalysis[] {
    return this.#unreadable;
  }

  /** Writes the analysis to its own file (creating it when new). */
  async put(analysis: Analysis): Promise<Analysis> {
    if (!safeId.test(analysis.id)) throw new Error(`"${analysis.id}" cannot name an analysis file.`);
    const db = this.#open.get(analysis.id) ?? new Low(this.#adapter(fileOf(analysis.id)), analysis);
    const previous = db.data;
    db.data = analysis;
    try {
      await db.write();
    } catch (error) {
      db.data = previous;
      throw error;
    }
    this.#open.set(analysis.id, db);
    return analysis;
  }

  /** Moves the analysis's file into the backups; returns where, so it can be restored. */
  async remove(id: string): Promise<Analysis | undefined> {
    const db = this.#open.get(id);
    if (!db) return undefined;
    await mkdir(this.#backups, { recursive: true });
    await rename(join(this.#dir, fileOf(id)), join(this.#backups, `${Date.now()}-${fileOf(id)}`));
    this.#open.delete(id);
    return db.data;
  }

  /** Reads (again) one analysis file, e.g. after git changed it. */
  async reload(name: string): Promise<void> {
    this.#unreadable = this.#unreadable.filter((u) => u.file !== name);
    this.#open.delete(name.slice(0, -5));
    await this.#read(name);
  }

  async #read(name: string): Promise<void> {
    const adapter = this.#adapter(name);
    try {
      const analysis = await adapter.read();
      if (analysis?.id !== name.slice(0, -5)) throw new Error('its id does not match its file name');
      this.#open.set(analysis.id, new Low(adapter, analysis));
    } catch (error) {
      this.#unreadable.push({ file: name, reason: error instanceof Error ? error.message : String(error) });
    }
  }

  #adapter(name: string): JsonFile<Analysis> {
    return new JsonFile(join(this.#dir, name), (value) => analysisSchema.parse(value));
  }
}
