// Watches the analyses folder for judge files that git (or a teammate's app on a shared drive) adds, changes or deletes.
import { basename, relative, sep } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/** Calls `onJudge` with the analysis and judge of every `<analysisId>/judges/<judgeId>.json` that changes on disk. */
export function watchJudgeFiles(
  analysesDir: string,
  onJudge: (analysisId: string, judgeId: string) => void,
): FSWatcher {
  const watcher = watch(analysesDir, {
    // <analysisId>/judges/<judgeId>.json is two folders down; temp files of durable writes start with a dot.
    depth: 2,
    ignoreInitial: true,
    ignored: (path) => path !== analysesDir && basename(path).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: 60, pollInterval: 20 },
  });
  for (const kind of ['add', 'change', 'unlink'] as const) {
    watcher.on(kind, (path: string) => {
      const [analysisId, folder, file, ...deeper] = relative(analysesDir, path).split(sep);
      if (analysisId && folder === 'judges' && file?.endsWith('.json') && deeper.length === 0)
        onJudge(analysisId, file.slice(0, -5));
    });
  }
  return watcher;
}
