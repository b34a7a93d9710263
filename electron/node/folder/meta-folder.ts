// The `.tradeoff-atlas/` folder inside a decision folder: what is not a decision, and what of it stays on this machine.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DurableTextFile } from '../store/durable-file.ts';

export const metaFolderName = '.tradeoff-atlas';

export interface MetaPaths {
  root: string;
  analyses: string;
  backups: string;
  cache: string;
  settings: string;
}

export function metaPaths(workspace: string): MetaPaths {
  const root = join(workspace, metaFolderName);
  return {
    root,
    analyses: join(root, 'analyses'),
    backups: join(root, 'backups'),
    cache: join(root, 'cache'),
    settings: join(root, 'settings.json'),
  };
}

// Analyses and settings travel through git with the records; the lock, backups and caches belong to one machine.
export const metaGitignore = ['# Local to this machine: never committed.', '*.lock', 'backups/', 'cache/', ''].join(
  '\n',
);

/** Creates `.tradeoff-atlas/` with its .gitignore; an existing .gitignore is the team's and is left alone. */
export async function ensureMetaFolder(paths: MetaPaths): Promise<void> {
  await mkdir(paths.root, { recursive: true });
  const ignore = join(paths.root, '.gitignore');
  if ((await readFile(ignore, 'utf8').catch(() => null)) === null)
    await new DurableTextFile(ignore).write(metaGitignore);
}
