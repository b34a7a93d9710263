// Analyses one file each: written pretty for git, read back, bad files reported and left alone, removal kept as backup.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis } from '../../common/analysis.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { AnalysisFiles } from './analysis-files.ts';

describe('AnalysisFiles', () => {
  it('writes each analysis to its own pretty-printed file and reads it back', async () => {
    const root = tempDir();
    const dir = join(root, 'analyses');
    const files = await AnalysisFiles.open(dir, join(root, 'backups'));
    const a = emptyAnalysis('a1', 'Which serving architecture?', '2026-01-01T00:00:00.000Z');
    await files.put(a);
    await files.put({ ...a, title: 'Renamed' });
    const text = await readFile(join(dir, 'a1.json'), 'utf8');
    expect(text).toContain('\n  "title": "Renamed",\n');
    const again = await AnalysisFiles.open(dir, join(root, 'backups'));
    expect(again.get('a1')?.title).toBe('Renamed');
  });

  it('reports a file of the wrong shape and leaves it untouched', async () => {
    const root = tempDir();
    const dir = join(root, 'analyses');
    await AnalysisFiles.open(dir, join(root, 'backups'));
    await writeFile(join(dir, 'bad.json'), '{"hello":"world"}');
    await writeFile(join(dir, 'x.json'), JSON.stringify(emptyAnalysis('y', 'Mismatch', '2026-01-01T00:00:00.000Z')));
    const files = await AnalysisFiles.open(dir, join(root, 'backups'));
    expect(files.list()).toEqual([]);
    expect(files.unreadable.map((u) => u.file).sort()).toEqual(['bad.json', 'x.json']);
    expect(await readFile(join(dir, 'bad.json'), 'utf8')).toBe('{"hello":"world"}');
  });

  it('moves a removed analysis into the backups', async () => {
    const root = tempDir();
    const files = await AnalysisFiles.open(join(root, 'analyses'), join(root, 'backups'));
    await files.put(emptyAnalysis('a1', 'Q', '2026-01-01T00:00:00.000Z'));
    expect((await files.remove('a1'))?.id).toBe('a1');
    expect(files.get('a1')).toBeUndefined();
    expect(await readdir(join(root, 'analyses'))).toEqual([]);
    expect((await readdir(join(root, 'backups')))[0]).toMatch(/-a1\.json$/);
  });
});
