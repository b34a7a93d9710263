// Opening a decision folder: nothing in it is written, and a legacy workspace.json becomes record files, kept as it was.
import { copyFile, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { copyCorpora } from '../../../tests/fixtures/adr-corpora.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { RecordService } from '../decisions/record-service.ts';
import { openFolderWorkspace } from './open-workspace.ts';

/** Every entry below `dir` (files with their bytes and mtime), by path relative to it. */
async function snapshot(dir: string): Promise<Map<string, { bytes: string; mtimeMs: number } | 'dir'>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const all = new Map<string, { bytes: string; mtimeMs: number } | 'dir'>();
  for (const e of entries) {
    const full = path.join(e.parentPath, e.name);
    const rel = path.relative(dir, full);
    if (e.isDirectory()) all.set(rel, 'dir');
    else all.set(rel, { bytes: (await readFile(full)).toString('base64'), mtimeMs: (await stat(full)).mtimeMs });
  }
  return all;
}

const cache = '.tradeoff-atlas/cache';

describe('openFolderWorkspace', () => {
  it.each(['adr__madr', 'alphagov__govuk-aws', 'cisagov__manage.get.gov', 'JabRef__jabref'])(
    'opens %s, lists and closes it without writing a byte; only .tradeoff-atlas/ appears',
    async (corpus) => {
      const copy = copyCorpora();
      onTestFinished(() => copy.remove());
      const dir = copy.dir(corpus);
      const before = await snapshot(dir);
      const ws = await openFolderWorkspace(dir);
      await new RecordService(ws, () => '2026-02-03').list();
      expect(ws.status()).toMatchObject({ state: 'saved', unreadable: [], revision: 0, notice: null });
      await ws.close();
      const after = await snapshot(dir);
      for (const [name, entry] of before) expect(after.get(name), name).toEqual(entry);
      // The row cache (local to this machine, ignored by git) may appear too, for files modified long enough ago.
      const added = [...after.keys()].filter((name) => !before.has(name) && !name.startsWith(cache)).sort();
      expect(added).toEqual(['.tradeoff-atlas', '.tradeoff-atlas/.gitignore', '.tradeoff-atlas/analyses']);
    },
  );

  it.each([0, 1])(
    'moves a version-%i workspace.json into MADR record files and analysis files, keeping the original',
    async (v) => {
      const dir = tempDir();
      const fixture = new URL(`../../../tests/fixtures/store/workspace-v${v}.json`, import.meta.url);
      const original = await readFile(fixture, 'utf8');
      const legacy = JSON.parse(original) as { decisions: { number: number; title: string }[]; analyses?: unknown[] };
      await copyFile(fixture, path.join(dir, 'workspace.json'));

      const ws = await openFolderWorkspace(dir, { watch: false });
      onTestFinished(() => ws.close());
      const records = await new RecordService(ws, () => '2026-02-03').list();
      expect(records.map((d) => [d.number, d.title, d.dialect])).toEqual(
        legacy.decisions.map((d) => [d.number, d.title, 'madr']),
      );
      const analyses = legacy.analyses?.length ?? 0;
      expect(ws.analyses.list()).toHaveLength(analyses);
      const backups = path.join(dir, '.tradeoff-atlas', 'backups');
      const [kept] = (await readdir(backups)).filter((n) => n.endsWith('workspace.json'));
      expect(await readFile(path.join(backups, kept!), 'utf8')).toBe(original);
      expect(await readdir(dir)).not.toContain('workspace.json');
      expect(ws.status().notice).toBe(
        `Moved ${legacy.decisions.length} decision(s) and ${analyses} analysis(es) from workspace.json into files. ` +
          `The original is kept at ${path.join(backups, kept!)}.`,
      );
    },
  );

  it('writes the legacy records with their statuses, dates, supersede links and citations', async () => {
    const dir = tempDir();
    await copyFile(
      new URL('../../../tests/fixtures/store/workspace-v0.json', import.meta.url),
      path.join(dir, 'workspace.json'),
    );
    const ws = await openFolderWorkspace(dir, { watch: false });
    onTestFinished(() => ws.close());
    const [older, newer] = await new RecordService(ws, () => '2026-02-03').list();
    expect(older).toMatchObject({
      id: '0001-use-a-feature-store.md',
      lifecycle: 'superseded',
      date: '2023-05-01',
      supersededBy: 3,
      decisionMakers: ['Ada'],
      tags: ['data'],
      context: 'Features drift [@CM12].',
    });
    expect(newer).toMatchObject({ id: '0003-use-a-managed-feature-store.md', status: 'accepted', supersedes: [1] });
    // The MADR file lists what it cites under References, as the app wrote it before.
    expect(older!.markdown).toMatch(/\n## References\n[^#]*\n\* \*\*CM12\*\*: /);
  });
});
