// The folder store on real files: reads without writing, version-checked durable writes, conflicts, the watcher, the lock.
import { cp, mkdir, readFile, readdir, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fullDiskLockFs } from '../../../tests/fixtures/store/full-disk.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import { RecordConflictError } from './record-conflict.ts';
import { FolderStore, type RecordChange } from './folder-store.ts';

const isRecordFile = (name: string) => name.endsWith('.md') && name !== 'README.md';
const corpus = new URL('../../../../shared/adr-corpora/alphagov__govuk-aws/', import.meta.url);
const open: FolderStore[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function copyCorpus(): Promise<string> {
  const dir = join(await tempDir(), 'decisions');
  await cp(corpus, dir, { recursive: true });
  return dir;
}

async function openStore(dir: string, watch = false): Promise<FolderStore> {
  const store = await FolderStore.open(dir, { isRecordFile, watch });
  open.push(store);
  return store;
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(check()).toBe(true);
};

describe('FolderStore', () => {
  it('reads every record file and writes none of them', async () => {
    const dir = await copyCorpus();
    const before = await Promise.all((await readdir(dir)).map(async (n) => [n, (await stat(join(dir, n))).mtimeMs]));
    const store = await openStore(dir);
    const expected = (await readdir(dir)).filter(isRecordFile).sort();
    expect(store.list().map((r) => r.file)).toEqual(expected);
    for (const [name, mtime] of before) expect((await stat(join(dir, name as string))).mtimeMs).toBe(mtime);
    expect(await readFile(join(dir, '.tradeoff-atlas', '.gitignore'), 'utf8')).toContain('*.lock');
  });

  it("removes a crashed writer's temp files beside its records on open, and nothing else", async () => {
    const dir = await copyCorpus();
    await writeFile(join(dir, '.0002-hosting-platforms.md.999.abcdef.tmp'), 'half a record');
    await writeFile(join(dir, '.notes.md.999.abcdef.tmp'), 'not beside a record');
    await openStore(dir);
    const hidden = (await readdir(dir)).filter((n) => n.startsWith('.')).sort();
    expect(hidden).toEqual(['.notes.md.999.abcdef.tmp', '.tradeoff-atlas']);
  });

  it('writes a record only when the disk still holds the version the edit was based on', async () => {
    const dir = await copyCorpus();
    const store = await openStore(dir);
    const first = await store.read(store.list()[0]!.file);
    const saved = await store.write(first!.file, `${first!.text}\nMore.\n`, first!.version);
    expect(await readFile(join(dir, first!.file), 'utf8')).toBe(saved.text);
    const backups = await readdir(join(dir, '.tradeoff-atlas', 'backups', first!.file));
    expect(await readFile(join(dir, '.tradeoff-atlas', 'backups', first!.file, backups[0]!), 'utf8')).toBe(first!.text);

    await writeFile(join(dir, first!.file), 'changed by git pull\n');
    const attempt = store.write(first!.file, 'mine\n', saved.version);
    await expect(attempt).rejects.toBeInstanceOf(RecordConflictError);
    await expect(attempt).rejects.toMatchObject({ diskText: 'changed by git pull\n' });
    expect(await readFile(join(dir, first!.file), 'utf8')).toBe('changed by git pull\n');
  });

  it('leaves a record as it was when its backup cannot be written, and keeps the latest ten backups', async () => {
    const dir = await copyCorpus();
    const store = await openStore(dir);
    const [first, second] = store.list().map((r) => r.file);
    // A plain file where the record's backup folder belongs: no backup can be made there.
    await mkdir(join(dir, '.tradeoff-atlas', 'backups'), { recursive: true });
    await writeFile(join(dir, '.tradeoff-atlas', 'backups', first!), 'in the way');
    const before = (await store.read(first!))!;
    await expect(store.write(first!, 'mine\n', before.version)).rejects.toThrow();
    expect(await readFile(join(dir, first!), 'utf8')).toBe(before.text);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);

    let current = (await store.read(second!))!;
    for (let i = 0; i < 12; i++) current = await store.write(second!, `${current.text}\nEdit ${i}.\n`, current.version);
    await store.close();
    const kept = await readdir(join(dir, '.tradeoff-atlas', 'backups', second!));
    expect(kept).toHaveLength(10);
    expect(await readFile(join(dir, '.tradeoff-atlas', 'backups', second!, kept.sort().at(-1)!), 'utf8')).toContain(
      'Edit 10.',
    );
  });

  it('never overwrites a file it could not read', async () => {
    const dir = await copyCorpus();
    await writeFile(join(dir, '0999-binary.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x00]));
    const store = await openStore(dir);
    const bad = store.get('0999-binary.md')!;
    expect(bad.row).toBeNull();
    expect((await store.read(bad.file))!.text).toBeNull();
    await expect(store.write(bad.file, '# Fixed\n', bad.version)).rejects.toThrow(/never overwritten/);
    expect((await readFile(join(dir, '0999-binary.md'))).length).toBe(5);
  });

  it('writes and removes only record files directly in the folder, whatever name it is given', async () => {
    const dir = await copyCorpus();
    const store = await openStore(dir);
    const before = await readdir(join(dir, '..'));
    for (const name of ['../outside.md', 'sub/0900-x.md', 'notes.txt', 'README.md']) {
      await expect(store.write(name, '# x\n', null)).rejects.toMatchObject({ code: 'bad-request' });
      await expect(store.remove(name, 'v')).rejects.toMatchObject({ code: 'bad-request' });
    }
    expect(await readdir(join(dir, '..'))).toEqual(before);
    expect((await readdir(dir)).filter((n) => !isRecordFile(n))).toEqual(['.tradeoff-atlas', 'LICENSE.txt']);
  });

  it('creates a new record only under a free name, and removes one into the backups', async () => {
    const dir = await copyCorpus();
    const store = await openStore(dir);
    await store.write('0900-new.md', '# 900. New\n', null);
    await expect(store.write('0900-new.md', '# again\n', null)).rejects.toBeInstanceOf(RecordConflictError);
    const kept = await store.remove('0900-new.md', store.get('0900-new.md')!.version);
    expect(store.get('0900-new.md')).toBeUndefined();
    expect(await readFile(kept, 'utf8')).toBe('# 900. New\n');
  });

  it('reloads files that change, appear or disappear on disk, and ignores its own writes', async () => {
    const dir = await copyCorpus();
    const store = await openStore(dir, true);
    const changes: RecordChange[] = [];
    store.onRecords((c) => changes.push(c));
    const [first, second] = store.list();
    await store.write(first!.file, 'ours\n', first!.version);
    await writeFile(join(dir, second!.file), 'theirs\n');
    await writeFile(join(dir, '0901-pulled.md'), '# 901. Pulled\n');
    await until(() => changes.length >= 2);
    await unlink(join(dir, second!.file));
    await until(() => changes.some((c) => c.kind === 'removed'));
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'changed', file: second!.file },
        { kind: 'added', file: '0901-pulled.md' },
        { kind: 'removed', file: second!.file },
      ]),
    );
    expect(changes.some((c) => c.file === first!.file)).toBe(false);
    expect(store.get('0901-pulled.md')!.row!.title).toBe('Pulled');
  });

  it('refuses a second open of the same folder', async () => {
    const dir = await copyCorpus();
    await openStore(dir);
    await expect(FolderStore.open(dir, { isRecordFile, watch: false })).rejects.toMatchObject({ code: 'locked' });
  });

  it('on a full disk removes what the failed open created, says so, and opens at once when there is space', async () => {
    const dir = await copyCorpus();
    const before = (await readdir(dir)).sort();
    const failed = FolderStore.open(dir, { isRecordFile, watch: false, lockFs: fullDiskLockFs });
    await expect(failed).rejects.toThrow(`Could not open the workspace ${dir}: the disk is full.`);
    await expect(failed).rejects.toThrow('Nothing in the folder was changed.');
    expect((await readdir(dir)).sort()).toEqual(before);
    // No lock is left to be mistaken for a process still starting.
    expect((await openStore(dir)).list().length).toBeGreaterThan(0);
  });

  it('on a full disk removes a folder it had to create', async () => {
    const parent = tempDir();
    const dir = join(parent, 'new-decisions');
    await expect(FolderStore.open(dir, { isRecordFile, lockFs: fullDiskLockFs })).rejects.toThrow(/the disk is full/);
    expect(await readdir(parent)).toEqual([]);
  });
});

describe('FolderStore status', () => {
  it('says "saving" only while a write lasts longer than a moment, then "saved"', async () => {
    const dir = await copyCorpus();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const store = await FolderStore.open(dir, {
      isRecordFile,
      watch: false,
      savingShownAfterMs: 10,
      writeText: async (path, text) => {
        await held;
        await writeFile(path, text);
      },
    });
    open.push(store);
    const states: string[] = [];
    store.subscribe((s) => states.push(s.state));
    const first = (await store.read(store.list()[0]!.file))!;
    const saving = store.write(first.file, `${first.text}\nMore.\n`, first.version);
    await until(() => states.includes('saving'));
    release();
    await saving;
    expect(states).toEqual(['saved', 'saving', 'saved']);
  });

  it('announces nothing for a quick write', async () => {
    const dir = await copyCorpus();
    // "Quick" however busy the machine running the test is.
    const store = await FolderStore.open(dir, { isRecordFile, watch: false, savingShownAfterMs: 60_000 });
    open.push(store);
    const states: string[] = [];
    store.subscribe((s) => states.push(s.state));
    const first = (await store.read(store.list()[0]!.file))!;
    await store.write(first.file, `${first.text}\nMore.\n`, first.version);
    expect(states).toEqual(['saved']);
    expect(await readFile(join(dir, first.file), 'utf8')).toBe(`${first.text}\nMore.\n`);
  });
});
