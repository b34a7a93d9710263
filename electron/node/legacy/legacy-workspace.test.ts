// Migrating legacy workspace.json files of each schema version into record files and analysis files.
import { copyFile, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decisionFileName } from '../../common/adr-markdown/file-name.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { AnalysisFiles } from '../folder/analysis-files.ts';
import { FolderStore } from '../folder/folder-store.ts';
import { legacyNotice, migrateLegacyWorkspace, type RenderRecord } from './legacy-workspace.ts';

const fixture = (v: number) => new URL(`../../../tests/fixtures/store/workspace-v${v}.json`, import.meta.url);
// The MADR rendering is open-workspace.ts's (tested with it); here a record is its title and status.
const render: RenderRecord = (d) => ({
  fileName: decisionFileName(d.number, d.title),
  text: `# ${d.title}\n\nStatus: ${d.status}\n`,
});
const stores: FolderStore[] = [];
afterEach(async () => void (await Promise.all(stores.splice(0).map((s) => s.close()))));

async function openFolder(dir: string) {
  const records = await FolderStore.open(dir, { isRecordFile: (n) => n.endsWith('.md'), watch: false });
  stores.push(records);
  const analyses = await AnalysisFiles.open(records.meta.analyses, records.meta.backups);
  return { records, analyses };
}

describe('migrateLegacyWorkspace', () => {
  it.each([0, 1])('writes every decision and analysis of a version-%i workspace and keeps the original', async (v) => {
    const dir = tempDir();
    await copyFile(fixture(v), join(dir, 'workspace.json'));
    const original = JSON.parse(await readFile(fixture(v), 'utf8')) as {
      decisions: { number: number; title: string }[];
      analyses?: unknown[];
    };
    const { records, analyses } = await openFolder(dir);
    const report = (await migrateLegacyWorkspace(dir, records, analyses, render))!;
    expect(report.problems).toEqual([]);
    expect(report.written.sort()).toEqual(original.decisions.map((d) => decisionFileName(d.number, d.title)).sort());
    expect(report.analyses).toBe(original.analyses?.length ?? 0);
    expect(await readFile(report.keptAs!, 'utf8')).toBe(await readFile(fixture(v), 'utf8'));
    expect((await readdir(dir)).includes('workspace.json')).toBe(false);
    for (const d of original.decisions) {
      const text = await readFile(join(dir, decisionFileName(d.number, d.title)), 'utf8');
      expect(text).toContain(d.title);
    }
    expect(await migrateLegacyWorkspace(dir, records, analyses, render)).toBeNull();
  });

  it('finishes a migration that was interrupted after some files were written', async () => {
    const dir = tempDir();
    await copyFile(fixture(1), join(dir, 'workspace.json'));
    const { records, analyses } = await openFolder(dir);
    const first = (await migrateLegacyWorkspace(dir, records, analyses, render))!;
    // As if the process had stopped before workspace.json was moved away.
    await copyFile(first.keptAs!, join(dir, 'workspace.json'));
    const again = (await migrateLegacyWorkspace(dir, records, analyses, render))!;
    expect(again.problems).toEqual([]);
    expect(again.written).toEqual([]);
    expect((await readdir(dir)).includes('workspace.json')).toBe(false);
  });

  it.each([
    ['valid JSON of the wrong shape', '{"hello":"world","decisions":"no"}', /fields a workspace never has: hello/],
    ['a list of decisions that is not a list', '{"decisions":"no"}', /"decisions" field is not a list/],
    ['text that is not JSON', '{"decisions": [', /not valid JSON/],
  ])('moves aside a workspace.json holding %s, says so and offers the newest backup', async (_, text, reason) => {
    const dir = tempDir();
    await writeFile(join(dir, 'workspace.json'), text);
    const { records, analyses } = await openFolder(dir);
    const older = join(records.meta.backups, 'legacy-2025-01-01T00-00-00-000Z-workspace.json');
    const newer = join(records.meta.backups, 'legacy-2026-03-01T00-00-00-000Z-workspace.json');
    await mkdir(records.meta.backups, { recursive: true });
    await writeFile(newer, '{"decisions":[]}');
    await writeFile(older, '{"decisions":[]}');
    const report = (await migrateLegacyWorkspace(dir, records, analyses, render))!;
    expect(report.written).toEqual([]);
    expect(report.unreadable?.reason).toMatch(reason);
    expect(report.unreadable?.newestBackup).toBe(newer);
    expect((await readdir(dir)).includes('workspace.json')).toBe(false);
    expect(await readFile(report.keptAs!, 'utf8')).toBe(text);
    const notice = legacyNotice(report);
    expect(notice).toContain(`moved to ${report.keptAs}`);
    expect(notice).toContain(`The newest backup is ${newer}`);
  });

  it('says there is no backup when an unreadable workspace.json has none', async () => {
    const dir = tempDir();
    await writeFile(join(dir, 'workspace.json'), '{"hello":"world"}');
    const { records, analyses } = await openFolder(dir);
    const report = (await migrateLegacyWorkspace(dir, records, analyses, render))!;
    expect(report.unreadable?.newestBackup).toBeNull();
    expect(legacyNotice(report)).toMatch(/There is no backup of it/);
  });

  it('leaves a workspace.json of a newer version in place and says why', async () => {
    const dir = tempDir();
    await writeFile(join(dir, 'workspace.json'), '{"schemaVersion": 99}');
    const { records, analyses } = await openFolder(dir);
    const report = (await migrateLegacyWorkspace(dir, records, analyses, render))!;
    expect(report.keptAs).toBeNull();
    expect(report.problems[0]).toMatch(/newer version/);
    expect(await readFile(join(dir, 'workspace.json'), 'utf8')).toBe('{"schemaVersion": 99}');
  });

  it('never overwrites a record file that already holds other content', async () => {
    const dir = tempDir();
    await copyFile(fixture(1), join(dir, 'workspace.json'));
    const first = (JSON.parse(await readFile(fixture(1), 'utf8')) as { decisions: { number: number; title: string }[] })
      .decisions[0]!;
    const clash = join(dir, decisionFileName(first.number, first.title));
    await writeFile(clash, '# Mine\n');
    const { records, analyses } = await openFolder(dir);
    const report = (await migrateLegacyWorkspace(dir, records, analyses, render))!;
    expect(report.problems.join()).toMatch(/already exists/);
    expect(await readFile(clash, 'utf8')).toBe('# Mine\n');
    expect(report.keptAs).toBeNull();
  });
});
