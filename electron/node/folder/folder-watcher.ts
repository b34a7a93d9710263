// Watches a decision folder for files that git or another editor adds, changes or deletes.
import { basename } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

export type FolderEvent = { kind: 'add' | 'change' | 'unlink'; file: string };

/** Starts watching the folder's own files (not sub-folders, not dot files such as `.tradeoff-atlas` or temp files). */
export function watchFolder(dir: string, onEvent: (event: FolderEvent) => void): FSWatcher {
  const watcher = watch(dir, {
    depth: 0,
    ignoreInitial: true,
    ignored: (path, stats) => path !== dir && (basename(path).startsWith('.') || Boolean(stats?.isDirectory())),
    // git checkout writes a file in several steps on some platforms; wait for it to settle before reading.
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
  });
  for (const kind of ['add', 'change', 'unlink'] as const) {
    watcher.on(kind, (path: string) => onEvent({ kind, file: basename(path) }));
  }
  return watcher;
}
