// The analyses kept beside a decision folder, read without opening the workspace (lint runs on folders it never locks).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { analysisSchema, type Analysis } from '../../common/analysis.ts';
import { metaPaths } from '../folder/meta-folder.ts';

/** Every analysis file that reads and passes the schema; others are the app's to report, not lint's. */
export async function readFolderAnalyses(dir: string): Promise<Analysis[]> {
  const folder = metaPaths(dir).analyses;
  const names = await readdir(folder).catch(() => [] as string[]);
  const read = await Promise.all(
    names
      .filter((n) => n.endsWith('.json'))
      .map(async (n) => {
        const text = await readFile(join(folder, n), 'utf8').catch(() => null);
        if (text === null) return [];
        try {
          const parsed = analysisSchema.safeParse(JSON.parse(text));
          return parsed.success ? [parsed.data] : [];
        } catch {
          return [];
        }
      }),
  );
  return read.flat();
}
