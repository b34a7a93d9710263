// Watches a decision folder for files that git or another editor adds, changes or deletes.
import { watch } from 'node:fs';

/** A file of the folder that may have changed; the store reads it to learn whether it was added, changed or removed. */
export type FolderEvent = { file: string };

export interface FolderWatcher {
  close(): Promise<void>;
}

// git checkout writes a file in several steps on some platforms; wait for it to settle before reading.
const settleMs = 60;

/**
 * Starts watching the folder's own files (not sub-folders' contents, not dot files such as `.tradeoff-atlas` or temp
 * files). One operating-system watch on the folder, which names the file that moved: a watcher that keeps a stat of
 * every file re-read all twenty thousand of them after each save, since a save renames a temp file into the folder.
 */
export function watchFolder(dir: string, onEvent: (event: FolderEvent) => void): FolderWatcher {
  const settling = new Map<string, NodeJS.Timeout>();
  const watcher = watch(dir, { persistent: false }, (_kind, name) => {
    const file = name?.toString();
    if (!file || file.startsWith('.')) return;
    clearTimeout(settling.get(file));
    settling.set(
      file,
      setTimeout(() => {
        settling.delete(file);
        onEvent({ file });
      }, settleMs),
    );
  });
  // The folder itself was removed or became unreadable: the records already read stay; nothing more is reloaded.
  watcher.on('error', () => watcher.close());
  return {
    close: async () => {
      for (const timer of settling.values()) clearTimeout(timer);
      settling.clear();
      watcher.close();
    },
  };
}
