// The record service on copies of real ADR folders: listed as written, created by the folder's conventions, edited line by line, conflicts never written.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionFiles, openCorpus, today } from '../../../tests/fixtures/record-corpus.ts';
import { changedLines } from '../../../tests/fixtures/changed-lines.ts';
import type { DecisionConflict } from '../../common/api.ts';
import { AnalysisService } from '../analyses/analysis-service.ts';

// A naive reading of the Nygard layout, independent of the parser: the first line under a Status heading, the "Date:" line.
function nygard(text: string): { status: string | null; date: string | null } {
  const lines = text.split('\n').map((l) => l.trim());
  const heading = lines.findIndex((l) => /^#{1,6} Status$/.test(l));
  const status = heading < 0 ? null : (lines.slice(heading + 1).find((l) => l !== '') ?? null);
  const date = /^Date:\s*(.+?)\s*$/m.exec(text)?.[1] ?? null;
  return { status, date };
}

describe('RecordService.list', () => {
  it.each(['alphagov__govuk-aws', 'cisagov__manage.get.gov'])(
    'shows every record of %s with its number from the file name, status and date as written',
    async (corpus) => {
      const { dir, open, read } = await openCorpus(corpus);
      const { service } = await open();
      const list = await service.list();
      expect(list.map((d) => d.id)).toEqual(await decisionFiles(dir));
      for (const d of list) {
        expect(d.number).toBe(Number(d.id.slice(0, 4)));
        expect({ status: d.status, date: d.date }).toEqual(nygard(await read(d.id)));
      }
    },
  );

  it.each([
    ['adr__madr', 19, 18, 19],
    ['JabRef__jabref', 70, 64, 67],
  ])(
    'shows every record of %s, with null where a record has no status or date',
    async (corpus, n, noStatus, noDate) => {
      const { dir, open } = await openCorpus(corpus);
      const { service } = await open();
      const list = await service.list();
      expect(list.map((d) => d.id)).toEqual(await decisionFiles(dir));
      expect(list).toHaveLength(n);
      expect(list.map((d) => d.number)).toEqual(list.map((d) => Number(d.id.slice(0, 4))));
      expect(list.filter((d) => d.status === null)).toHaveLength(noStatus);
      expect(list.filter((d) => d.date === null)).toHaveLength(noDate);
    },
  );

  it('keeps statuses as written, 0000 and free words included', async () => {
    const madr = await openCorpus('adr__madr');
    const byId = new Map((await (await madr.open()).service.list()).map((d) => [d.id, d]));
    expect(byId.get('0000-use-markdown-architectural-decision-records.md')).toMatchObject({
      number: 0,
      status: null,
      date: null,
    });
    expect(byId.get('0003-provide-own-madr-tools.md')).toMatchObject({ status: 'on hold', lifecycle: 'other' });
    const govuk = await openCorpus('alphagov__govuk-aws');
    const aws = await (await govuk.open()).service.get('0003-aws-networking-outline.md');
    expect(aws).toMatchObject({ number: 3, status: 'Partly superseded', date: '2017-06-30' });
  });
});

describe('RecordService.summaries', () => {
  it('gives each record’s row as the list shows it, made again only for a file that changed', async () => {
    const { open } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const [first, second] = service.summaries();
    const list = await service.list();
    expect(first).toMatchObject({ id: list[0]!.id, title: list[0]!.title, version: list[0]!.version });
    expect(first).not.toHaveProperty('markdown');
    await service.update(first!.id, { status: 'Accepted by the bench' }, first!.version);
    const [changed, same] = service.summaries();
    expect(changed).toMatchObject({ id: first!.id, status: 'Accepted by the bench' });
    expect(changed!.version).not.toBe(first!.version);
    expect(same).toBe(second);
  });

  it('gives the same rows again while nothing moved, and rows made again after a record, git or a link changes', async () => {
    const { open } = await openCorpus('alphagov__govuk-aws');
    const { ws, service } = await open();
    const before = service.summaries();
    expect(service.summaries()).toBe(before);
    await service.update(before[0]!.id, { status: 'Accepted by the bench' }, before[0]!.version);
    const afterEdit = service.summaries();
    expect(afterEdit).not.toBe(before);
    expect(afterEdit[0]).toMatchObject({ status: 'Accepted by the bench' });
    await ws.git.refresh();
    expect(service.summaries()).not.toBe(afterEdit);
    const analyses = new AnalysisService(ws.analyses);
    const analysis = await analyses.create({ title: 'Which log shipper?' });
    const unlinked = service.summaries();
    expect(unlinked[1]!.analysisId).toBeNull();
    await analyses.linkDecision(analysis.id, unlinked[1]!.id);
    expect(service.summaries()[1]).toMatchObject({ id: unlinked[1]!.id, analysisId: analysis.id });
  });
});

describe('RecordService.create', () => {
  it('writes an adr-tools record in an adr-tools folder: next number, the folder’s file names, `# N. Title`', async () => {
    const { dir, open, read } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const d = await service.create({ title: 'Use Kafka for feature events' });
    expect(d).toMatchObject({
      id: '0040-use-kafka-for-feature-events.md',
      number: 40,
      dialect: 'adr-tools',
      status: 'Proposed',
      date: today,
    });
    const text = await read(d.id);
    expect(
      text.startsWith(`# 40. Use Kafka for feature events\n\nDate: ${today}\n\n## Status\n\nProposed\n\n## Context\n`),
    ).toBe(true);
    expect(text).toContain('\n## Decision\n');
    expect(text).toContain('\n## Consequences\n');
    expect(await decisionFiles(dir)).toContain(d.id);
    expect(d.markdown).toBe(text);
  });

  it('writes a MADR record in a MADR folder: front matter, a plain title, the MADR sections', async () => {
    const { open, read } = await openCorpus('adr__madr');
    const { service } = await open();
    const d = await service.create({ title: 'Use Kafka for feature events' });
    expect(d).toMatchObject({ id: '0019-use-kafka-for-feature-events.md', number: 19, dialect: 'madr' });
    expect(d).toMatchObject({ status: 'proposed', date: today });
    const text = await read(d.id);
    expect(text.startsWith(`---\nstatus: proposed\ndate: ${today}\n---\n# Use Kafka for feature events\n\n`)).toBe(
      true,
    );
    expect(text).toContain('\n## Context and Problem Statement\n');
    expect(text).toContain('\n## Considered Options\n');
    expect(text).toContain('\n## Decision Outcome\n');
  });

  it('follows the latest records when the folder changed its ways: 99 older adr-tools records, 40 newer MADR ones', async () => {
    const { dir, open, read } = await openCorpus('alphagov__govuk-aws');
    const pad = (n: number) => String(n).padStart(4, '0');
    for (let n = 40; n < 100; n++)
      await writeFile(
        path.join(dir, `${pad(n)}-old-${n}.md`),
        `# ${n}. Old ${n}\n\nDate: 2020-01-01\n\n## Status\n\nAccepted\n`,
      );
    for (let n = 100; n < 140; n++)
      await writeFile(
        path.join(dir, `${pad(n)}-new-${n}.md`),
        `---\nstatus: accepted\ndate: 2026-01-01\n---\n# New ${n}\n\n## Context and Problem Statement\n\nWhy.\n`,
      );
    const { service } = await open();
    const d = await service.create({ title: 'Use Kafka for feature events' });
    expect(d).toMatchObject({ id: '0140-use-kafka-for-feature-events.md', number: 140, dialect: 'madr' });
    expect((await read(d.id)).startsWith('---\n')).toBe(true);
  });

  it('numbers past an unreadable file too, since its number is in its name', async () => {
    const { dir, open } = await openCorpus('alphagov__govuk-aws');
    await writeFile(path.join(dir, '0040-binary.md'), Buffer.from([0x23, 0x20, 0x00, 0xff]));
    const { service } = await open();
    expect((await service.create({ title: 'Next' })).number).toBe(41);
  });
});

describe('RecordService.update', () => {
  const file = '0003-aws-networking-outline.md';

  it('changes only the status line, and a patch of what is already there leaves the bytes alone', async () => {
    const { open, read } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const before = await read(file);
    const d = await service.get(file);
    const saved = await service.update(file, { status: 'Accepted' }, d.version);
    expect(saved.conflict).toBeNull();
    expect(saved.decision).toMatchObject({ status: 'Accepted', lifecycle: 'accepted' });
    const after = await read(file);
    expect(changedLines(before, after)).toEqual({ removed: ['Partly superseded'], added: ['Accepted'] });
    expect(saved.decision!.version).not.toBe(d.version);

    const same = saved.decision!;
    const noop = await service.update(file, { status: same.status, date: same.date, title: same.title }, same.version);
    expect(noop.decision?.version).toBe(same.version);
    expect(await read(file)).toBe(after);
    expect((await service.update(file, {}, same.version)).decision?.markdown).toBe(after);
    expect(await read(file)).toBe(after);
  });

  it('changes only the front matter status line of a MADR record', async () => {
    const { open, read } = await openCorpus('adr__madr');
    const { service } = await open();
    const id = '0003-provide-own-madr-tools.md';
    const before = await read(id);
    await service.update(id, { status: 'accepted' }, (await service.get(id)).version);
    expect(changedLines(before, await read(id))).toEqual({ removed: ['status: on hold'], added: ['status: accepted'] });
  });

  it('returns a conflict for an edit based on an old version: the disk text, the edit applied to it, nothing written', async () => {
    const { dir, open, read } = await openCorpus('alphagov__govuk-aws', true);
    const { service } = await open();
    const old = await service.get(file);
    // Someone else's change arrives through the watcher (a git pull, another editor).
    const theirs = (await read(file)).replace('Date: 2017-06-30', 'Date: 2017-07-01');
    await writeFile(path.join(dir, file), theirs);
    await expect.poll(async () => (await service.get(file)).version, { timeout: 10_000 }).not.toBe(old.version);

    const saved = await service.update(file, { status: 'Accepted' }, old.version);
    expect(saved.decision).toBeNull();
    const conflict = saved.conflict!;
    expect(conflict).toMatchObject({ id: file, disk: theirs, diskVersion: (await service.get(file)).version });
    expect(conflict.merged).toContain('Date: 2017-07-01');
    expect(changedLines(theirs, conflict.merged!)).toEqual({ removed: ['Partly superseded'], added: ['Accepted'] });
    expect(await read(file)).toBe(theirs);
  });

  it('returns a conflict when the file changes on disk between reading and writing, and resolve writes the choice', async () => {
    const { dir, open, read } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const read1 = await service.get(file);
    // Unwatched (as the CLI opens a folder): the service still holds the version it read.
    const theirs = (await read(file)).replace('## Context\n', '## Context\n\nPulled from git.\n');
    await writeFile(path.join(dir, file), theirs);

    const saved = await service.update(file, { status: 'Accepted' }, read1.version);
    expect(saved.decision).toBeNull();
    const conflict: DecisionConflict = saved.conflict!;
    expect(conflict.disk).toBe(theirs);
    expect(conflict.mine).toContain('Accepted');
    expect(conflict.merged).toContain('Pulled from git.');
    expect(changedLines(theirs, conflict.merged!)).toEqual({ removed: ['Partly superseded'], added: ['Accepted'] });
    expect(await read(file)).toBe(theirs);

    const stale = service.resolve(file, conflict.mine, read1.version);
    await expect(stale).rejects.toMatchObject({ code: 'conflict' });
    expect(await read(file)).toBe(theirs);

    const resolved = await service.resolve(file, conflict.merged!, conflict.diskVersion);
    expect(resolved).toMatchObject({ status: 'Accepted' });
    expect(await read(file)).toBe(conflict.merged);
  });

  it('gives a page only the row a save changed, once it has read the list', async () => {
    const { open } = await openCorpus('alphagov__govuk-aws');
    const { service } = await open();
    const first = service.changesSince(null);
    expect(first.complete).toBe(true);
    expect(first.changed).toHaveLength(service.summaries().length);
    const target = first.changed[4]!;
    await service.update(target.id, { status: 'Accepted by the bench' }, target.version);
    const next = service.changesSince(first);
    expect(next).toMatchObject({ complete: false, removed: [] });
    expect(next.changed.map((d) => [d.id, d.status])).toEqual([[target.id, 'Accepted by the bench']]);
    await service.delete(target.id);
    expect(service.changesSince(next)).toMatchObject({ changed: [], removed: [target.id] });
  });
});
