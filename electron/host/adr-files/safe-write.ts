// Writes export files atomically (temp file + rename) and only ever inside the target folder.
import { mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

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

/** A reader never sees half a file: the content is flushed to a sibling temp file, then renamed over the target. */
export async function writeFileInside(dir: string, name: string, content: string): Promise<string> {
  const target = resolveInside(dir, name);
  await mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  return target;
}
