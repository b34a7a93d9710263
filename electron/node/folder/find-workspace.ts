// Finds the team's decision folder the way adr-tools does: `.adr-dir`, then the usual folders, upwards from here.
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';

/** The folders teams keep their records in, most specific first. */
export const conventionalFolders = ['docs/decisions', 'docs/adr', 'doc/adr', 'docs/architecture/decisions'];

const isDir = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** The decision folder for `cwd`, or null when none is found up to the file-system root. */
export async function findWorkspace(cwd: string): Promise<string | null> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    // adr-tools keeps the folder's path, relative to the file, in `.adr-dir`.
    const adrDir = await readFile(join(dir, '.adr-dir'), 'utf8').catch(() => null);
    const named = adrDir?.trim();
    if (named) {
      const target = isAbsolute(named) ? named : join(dir, named);
      if (await isDir(target)) return target;
    }
    for (const folder of conventionalFolders) if (await isDir(join(dir, folder))) return join(dir, folder);
    if (dirname(dir) === dir) return null;
  }
}

/** Where the web host and CLI keep decisions when no folder is given or found; Electron uses its own data folder. */
export function defaultWorkspacePath(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
  const dataHome =
    env.XDG_DATA_HOME && isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(dataHome, 'tradeoff-atlas');
}
