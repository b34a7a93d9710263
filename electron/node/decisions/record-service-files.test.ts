// The record service on copies of real ADR folders, beyond field edits: delete and restore, supersede links,
// unreadable files, and records changed or deleted on disk while being edited.
import { readFile, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedLines } from '../../../tests/fixtures/changed-lines.ts';
import { decisionFiles, openCorpus } from '../../../tests/fixtures/record-corpus.ts';

describe('RecordService.delete and restore', () => {
  it('moves the file into the backups and restores it byte for byte, once', async () => {
    const { dir, open, read } = await openCorpus('cisagov__manage.get.gov');
    const { service } = await open();
    const id = '0003-django.md';
    const bytes = await read(id);
    const token = await service.delete(id);
    expect(await decisionFiles(dir)).not.toContain(id);
    expect((await service.list()).map((d) => d.id)).not.toContain(id);
    const backups = await readdir(path.join(dir, '.tradeoff-atlas', 'backups', id));
    expect(await readFile(path.join(dir, '.tradeoff-atlas', 'backups', id, backups[0]!), 'utf8')).toBe(bytes);

    expect((await service.restore(token)).id).toBe(id);
    expect(await read(id)).toBe(bytes);
    await expect(service.restore(token)).rejects.toMatchObject({ code: 'not-found' });
  });
});

describe('RecordService.duplicate', () => {
  it("makes a new record with the original's content under its own number, title, status and date", async () => {
    const { dir, open, read } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const id = '0002-hosting-platforms.md';
    const before = await read(id);
    const original = await service.get(id);
    const copy = await service.duplicate(id);
    expect(copy.id).not.toBe(id);
    expect(copy.number).toBeGreaterThan(original.number!);
    expect(copy).toMatchObject({ title: `Copy of ${original.title}`, lifecycle: 'proposed' });
    expect(copy.context).toBe(original.context);
    expect(copy.consequences).toBe(original.consequences);
    expect(copy.options).toEqual(original.options);
    expect(copy.tags).toEqual(original.tags);
    expect(await decisionFiles(dir)).toContain(copy.id);
    expect(await read(id)).toBe(before);
  });
});

describe('RecordService.supersede', () => {
  it('links both adr-tools records with link lines under their statuses', async () => {
    const { open, read } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const older = '0002-hosting-platforms.md';
    const before = await read(older);
    const newer = await service.create({ title: 'Host on Kubernetes' });
    const { superseded, by } = await service.supersede(older, newer.id);
    expect(by).toMatchObject({ id: newer.id, supersedes: [2] });
    expect(superseded).toMatchObject({ id: older, supersededBy: 40 });
    expect(await read(newer.id)).toContain('\n\nSupersedes [2. Hosting Platforms](0002-hosting-platforms.md)\n');
    // As `adr new -s` does: the status word gives way to the link (this file spaces its blocks with " " lines).
    expect(changedLines(before, await read(older))).toEqual({
      removed: [' ', 'Accepted'],
      added: ['', `Superseded by [40. Host on Kubernetes](${newer.id})`],
    });
    expect(superseded.lifecycle).toBe('superseded');
    await expect(service.supersede(older, older)).rejects.toMatchObject({ code: 'bad-request' });
  });

  it('writes MADR supersede links into both statuses', async () => {
    const { open, read } = await openCorpus('adr__madr');
    const { service } = await open();
    const older = '0003-provide-own-madr-tools.md';
    const newer = await service.create({ title: 'Use markdownlint' });
    const { superseded, by } = await service.supersede(older, newer.id);
    expect(by.supersedes).toEqual([3]);
    expect(superseded).toMatchObject({ supersededBy: 19, lifecycle: 'superseded' });
    expect(await read(older)).toContain('status: superseded by ADR-0019\n');
    expect(await read(newer.id)).toContain('status: proposed; supersedes ADR-0003\n');
  });
});

describe('unreadable record files', () => {
  it('are listed in the status with why, left out of the list, and never written', async () => {
    const { dir, open } = await openCorpus('alphagov__govuk-aws');
    const binary = Buffer.from([0x23, 0x20, 0x31, 0x00, 0xff, 0xfe]);
    await writeFile(path.join(dir, '0099-binary.md'), binary);
    const { ws, service } = await open();
    expect(ws.status().unreadable).toEqual([{ file: '0099-binary.md', reason: expect.stringMatching(/binary/) }]);
    expect((await service.list()).map((d) => d.id)).not.toContain('0099-binary.md');
    await expect(service.update('0099-binary.md', { status: 'Accepted' }, 'unreadable')).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(service.resolve('0099-binary.md', '# Fixed\n', 'unreadable')).rejects.toMatchObject({
      code: 'conflict',
    });
    await expect(service.resolve('0099-binary.md', '# Fixed\n', null)).rejects.toMatchObject({ code: 'conflict' });
    await expect(service.delete('0099-binary.md')).rejects.toMatchObject({ code: 'not-found' });
    expect(await readFile(path.join(dir, '0099-binary.md'))).toEqual(binary);
  });
});

describe('RecordService conflicts keep the edit as made', () => {
  it('shows my version as the old file plus my edit, and a record deleted on disk as a conflict to write again', async () => {
    const { dir, open, read } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const file = '0003-aws-networking-outline.md';
    const base = await service.get(file);
    const theirs = base.markdown.replace('Partly superseded', 'Accepted');
    await writeFile(path.join(dir, file), theirs);
    await service.list();
    // The folder is not watched in this test; reading the disk as the watcher would gives the newer version.
    const fresh = await service.update(file, { context: 'Ours.' }, base.version);
    expect(fresh.conflict?.mine).toContain('Partly superseded');
    expect(fresh.conflict?.mine).toContain('Ours.');
    expect(fresh.conflict?.merged).toContain('Accepted');
    expect(fresh.conflict?.merged).toContain('Ours.');

    const other = await service.get('0002-hosting-platforms.md');
    await unlink(path.join(dir, other.id));
    const gone = await service.update(other.id, { context: 'Still mine.' }, other.version);
    expect(gone.conflict).toMatchObject({ id: other.id, disk: null, diskVersion: null, merged: null });
    expect(gone.conflict?.mine).toContain('Still mine.');
    const back = await service.resolve(other.id, gone.conflict!.mine, null);
    expect(await read(other.id)).toBe(back.markdown);
  });
});
