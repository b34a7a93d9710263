// Rotating backups of the workspace file in `backups/`, at most one per interval, pruned to a maximum.
import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, errnoCode } from '../../common/errors.ts';

export interface BackupOptions {
  /** Rotating backups kept; pre-migration backups are never pruned. */
  max: number;
  /** Least time between two rotating backups, so a save per keystroke does not copy per keystroke. */
  minIntervalMs: number;
  now: () => Date;
}

export interface BackupInfo {
  name: string;
  path: string;
  /** When the backup was taken, read back from its name. */
  takenAt: string;
  kind: 'rotating' | 'pre-migration';
}

// Colons and dots are not allowed in Windows file names, so the ISO time is stored with dashes.
const backupName =
  /^(workspace|pre-migration-v\d+)-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.json$/;

export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function sameContent(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([stat(a), stat(b)]).catch(() => [null, null]);
  if (!x || !y || x.size !== y.size) return false;
  const [ta, tb] = await Promise.all([readFile(a), readFile(b)]);
  return ta.equals(tb);
}

export class Backups {
  readonly dir: string;
  readonly #options: BackupOptions;
  #lastRotation: number | null = null;

  constructor(workspaceDir: string, options: BackupOptions) {
    this.dir = join(workspaceDir, 'backups');
    this.#options = options;
  }

  /**
   * Copies `file` to a rotating backup unless one was taken within the interval (or `force`), and unless the newest
   * backup already holds the same content: opening an unchanged workspace (every CLI run does) must not push
   * older, different backups out of the rotation.
   */
  async rotate(file: string, force = false): Promise<BackupInfo | null> {
    const now = this.#options.now().getTime();
    if (!force && this.#lastRotation !== null && now - this.#lastRotation < this.#options.minIntervalMs) return null;
    const newest = (await this.list()).find((b) => b.kind === 'rotating');
    if (newest && (await sameContent(file, newest.path))) {
      this.#lastRotation = now;
      return null;
    }
    const info = await this.#copy(file, 'workspace');
    this.#lastRotation = now;
    await this.#prune();
    return info;
  }

  /** Keeps the file as it was before migrating from `version`; never pruned. */
  keepPreMigration(file: string, version: number): Promise<BackupInfo> {
    return this.#copy(file, `pre-migration-v${version}`);
  }

  /** All backups, newest first. */
  async list(): Promise<BackupInfo[]> {
    const names = await readdir(this.dir).catch((error: unknown) => {
      if (errnoCode(error) === 'ENOENT') return [];
      throw error;
    });
    return names
      .map((name) => this.#info(name))
      .filter((info): info is BackupInfo => info !== null)
      .sort((a, b) => (a.takenAt === b.takenAt ? b.name.length - a.name.length : a.takenAt < b.takenAt ? 1 : -1));
  }

  /** The path of a listed backup; refuses any other name, so a caller cannot reach outside `backups/`. */
  resolve(name: string): string {
    const info = this.#info(name);
    if (!info) throw new AppError('bad-request', `"${name}" is not a workspace backup.`);
    return info.path;
  }

  #info(name: string): BackupInfo | null {
    const m = backupName.exec(name);
    if (!m) return null;
    return {
      name,
      path: join(this.dir, name),
      takenAt: `${m[2]}T${m[3]}:${m[4]}:${m[5]}.${m[6]}Z`,
      kind: m[1] === 'workspace' ? 'rotating' : 'pre-migration',
    };
  }

  async #copy(file: string, prefix: string): Promise<BackupInfo> {
    await mkdir(this.dir, { recursive: true });
    const stamp = fileTimestamp(this.#options.now());
    // Two backups within one millisecond get a counter (longer name = newer) instead of overwriting.
    for (let n = 0; ; n++) {
      const name = `${prefix}-${stamp}${n === 0 ? '' : `-${n}`}.json`;
      try {
        await copyFile(file, join(this.dir, name), constants.COPYFILE_EXCL);
        return this.#info(name)!;
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw error;
      }
    }
  }

  async #prune(): Promise<void> {
    const rotating = (await this.list()).filter((b) => b.kind === 'rotating');
    await Promise.all(rotating.slice(this.#options.max).map((b) => unlink(b.path).catch(() => undefined)));
  }
}
