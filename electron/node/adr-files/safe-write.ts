// Writes export and import files atomically (temp file, then rename or link) and only ever inside the target folder.
import { link, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { errnoCode } from '../../common/errors.ts';

/** Resolves `name` under `dir`, refusing anything (.., absolute paths, separators) that would land elsewhere. */
export function resolveInside(dir: string, name: string): string {
  const root = path.resolve(dir);
  const target = path.resolve(root, name);
  const rel = path.relative(root, target);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep)) {
    throw new Error(`refusing to write "${name}": it is not a file directly inside ${root}`);
  }
  return target;
}

/**
 * A reader never sees half a file: the content goes to a sibling temp file that is then renamed over the target.
 * No fsync per file: an export is regenerated at will, and 1,000 fsyncs turned a folder export into seconds.
 */
async function replaceFile(target: string, content: string): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
  try {
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}

export async function writeFileInside(dir: string, name: string, content: string): Promise<string> {
  const target = resolveInside(dir, name);
  await mkdir(path.dirname(target), { recursive: true });
  await replaceFile(target, content);
  return target;
}

const writeBatch = 32;

/**
 * Writes many files into one folder: names checked first (nothing is written if any would land elsewhere), the
 * folder made once, then a batch at a time. Each file still goes through a temp file and a rename, which replaces
 * a symbolic link planted in the folder instead of writing through it to wherever it points.
 */
export async function writeFilesInside(dir: string, files: readonly (readonly [string, string])[]): Promise<string[]> {
  const targets = files.map(([name]) => resolveInside(dir, name));
  await mkdir(path.resolve(dir), { recursive: true });
  for (let i = 0; i < files.length; i += writeBatch) {
    await Promise.all(files.slice(i, i + writeBatch).map(([, content], j) => replaceFile(targets[i + j]!, content)));
  }
  return targets;
}

/**
 * Creates `name` in `dir` with `content`, whole or not at all, and never over a file (or link) already there: the
 * content goes to a temp file that is then hard-linked to the name, which fails if the name exists.
 */
export async function createFileInside(dir: string, name: string, content: string): Promise<string> {
  const target = resolveInside(dir, name);
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
  try {
    await link(temp, target);
  } catch (e) {
    if (errnoCode(e) === 'EEXIST') throw new Error(`${name} is already there; it was left as it is`, { cause: e });
    throw e;
  } finally {
    await rm(temp, { force: true });
  }
  return target;
}
