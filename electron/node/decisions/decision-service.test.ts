// The decision service over a real workspace on disk: numbering, edits, status, supersede, delete and import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { WorkspaceDocument } from '../store/workspace-document.ts';
import { openWorkspace, type WorkspaceStore } from '../store/workspace-store.ts';
import { DecisionService } from './decision-service.ts';
import { AppError } from '../../common/errors.ts';

interface Setup {
  dir: string;
  store: WorkspaceStore;
  service: DecisionService;
  advance(ms: number): void;
  disk(): WorkspaceDocument;
}

/** A reopened workspace gets its own id prefix, as real random ids never repeat. */
async function setup(dir = tempDir('atlas-decisions-'), idPrefix = 'id'): Promise<Setup> {
  const store = await openWorkspace(dir);
  let time = Date.parse('2024-03-01T12:00:00.000Z');
  let id = 0;
  const service = new DecisionService(store, { now: () => new Date(time), newId: () => `${idPrefix}-${++id}` });
  const disk = () => JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8')) as WorkspaceDocument;
  return { dir, store, service, advance: (ms) => (time += ms), disk };
}

const titles = (ds: { number: number; title: string }[]) => ds.map((d) => `${d.number} ${d.title}`);

describe('DecisionService', () => {
  it('creates numbered decisions and saves them', async () => {
    const { store, service, disk } = await setup();
    const d = await service.create({ title: 'Use a feature store' });
    expect(d).toMatchObject({
      id: 'id-1',
      number: 1,
      title: 'Use a feature store',
      status: 'proposed',
      createdAt: '2024-03-01T12:00:00.000Z',
    });
    expect(d.date).toMatch(/^2024-03-0[12]$/);
    expect(disk().decisions).toEqual([d]);
    await store.close();
  });

  it('never reuses a number, even after a delete and a restart', async () => {
    const first = await setup();
    for (const title of ['one', 'two', 'three']) await first.service.create({ title });
    await first.service.delete(first.service.list().find((d) => d.number === 3)!.id);
    expect((await first.service.create({ title: 'four' })).number).toBe(4);
    await first.store.close();

    const again = await setup(first.dir, 'reopened');
    expect((await again.service.create({ title: 'five' })).number).toBe(5);
    expect(titles(again.service.list())).toEqual(['1 one', '2 two', '4 four', '5 five']);
    await again.store.close();
  });

  it('refuses to undo a delete when a restored backup brought the record back, and never writes a duplicate', async () => {
    const { store, service, disk } = await setup();
    const a = await service.create({ title: 'a' });
    await service.create({ title: 'b' });
    await store.close();
    const reopened = await openWorkspace(store.dir);
    const backup = (await reopened.listBackups())[0]!;
    const again = new DecisionService(reopened, { newId: () => 'token-1' });
    const token = await again.delete(a.id);
    await reopened.restoreBackup(backup.name);
    await expect(again.restore(token)).rejects.toThrow(/already in the workspace/);
    expect(disk().decisions.map((d) => d.number)).toEqual([1, 2]);
    await reopened.close();
  });

  it('restores a deleted decision with the same id and number, once', async () => {
    const { store, service, disk } = await setup();
    const [a, b, c] = [
      await service.create({ title: 'a' }),
      await service.create({ title: 'b' }),
      await service.create({ title: 'c' }),
    ];
    const token = await service.delete(b.id);
    expect(disk().decisions.map((d) => d.number)).toEqual([1, 3]);
    expect(() => service.get(b.id)).toThrow(expect.objectContaining({ code: 'not-found' }));

    const restored = await service.restore(token);
    expect(restored).toEqual(b);
    expect(disk().decisions.map((d) => [d.id, d.number])).toEqual([
      [a.id, 1],
      [b.id, 2],
      [c.id, 3],
    ]);
    await expect(service.restore(token)).rejects.toMatchObject({ code: 'not-found' });
    await store.close();
  });

  it('updates fields and bumps updatedAt', async () => {
    const { store, service, advance, disk } = await setup();
    const d = await service.create({ title: 'Serve models' });
    advance(60_000);
    const updated = await service.update(d.id, {
      title: 'Serve models online',
      tags: ['serving'],
      context: 'Latency matters [@CS05].',
    });
    expect(updated).toMatchObject({
      title: 'Serve models online',
      tags: ['serving'],
      updatedAt: '2024-03-01T12:01:00.000Z',
      createdAt: d.createdAt,
    });
    expect(disk().decisions[0]).toMatchObject({ title: 'Serve models online', context: 'Latency matters [@CS05].' });
    await store.close();
  });

  it.each([
    [
      { status: 'deprecated' as const },
      'cannot go from proposed to deprecated: a proposed decision can become accepted or rejected',
    ],
    [{ status: 'superseded' as const }, 'use supersede to say which decision replaces it'],
    [{ chosenOption: 'nope' }, 'the chosen option "nope" is not one of the decision\'s options'],
  ])(
    'rejects the patch %j, which breaks a rule of the record, with a message, changing nothing',
    async (patch, message) => {
      const { store, service, disk } = await setup();
      const d = await service.create({ title: 'Keep me' });
      const before = disk();
      const attempt = service.update(d.id, patch);
      await expect(attempt).rejects.toThrow(AppError);
      await expect(attempt).rejects.toThrow(message);
      expect(service.get(d.id)).toEqual(before.decisions[0]);
      expect(disk()).toEqual(before);
      await store.close();
    },
  );

  it('moves status only along the allowed transitions', async () => {
    const { store, service } = await setup();
    const d = await service.create({ title: 'Status' });
    expect((await service.setStatus(d.id, 'rejected')).status).toBe('rejected');
    expect((await service.setStatus(d.id, 'proposed')).status).toBe('proposed');
    expect((await service.setStatus(d.id, 'accepted')).status).toBe('accepted');
    await expect(service.setStatus(d.id, 'proposed')).rejects.toThrow(
      'cannot go from accepted to proposed: an accepted decision can become deprecated or superseded',
    );
    expect((await service.setStatus(d.id, 'deprecated')).status).toBe('deprecated');
    await store.close();
  });

  it('duplicates content under a new number, as a proposal without links', async () => {
    const { store, service } = await setup();
    const older = await service.create({ title: 'Old' });
    const source = await service.create({ title: 'Batch scoring' });
    await service.update(source.id, {
      options: [{ id: 'o1', title: 'Spark', description: '', pros: ['scales'], neutral: [], cons: [] }],
      chosenOption: 'o1',
      status: 'accepted',
    });
    await service.setStatus(older.id, 'accepted');
    await service.supersede(older.id, source.id);

    const copy = await service.duplicate(source.id);
    expect(copy).toMatchObject({
      number: 3,
      title: 'Copy of Batch scoring',
      status: 'proposed',
      supersedes: [],
      supersededBy: null,
      chosenOption: 'o1',
    });
    expect(copy.id).not.toBe(source.id);
    // The copy shares no structure with its source; saved records are frozen, so neither can be edited in place.
    expect(copy.options[0]!.pros).not.toBe(service.get(source.id).options[0]!.pros);
    expect(() => copy.options[0]!.pros.push('shared?')).toThrow(TypeError);
    expect(service.get(source.id).options[0]!.pros).toEqual(['scales']);
    await store.close();
  });

  it('filters by status, tag, cited key and text', async () => {
    const { store, service } = await setup();
    const a = await service.create({ title: 'Feature store' });
    const b = await service.create({ title: 'Model registry' });
    await service.update(a.id, { tags: ['Data'], context: 'Drift [@cm12] hurts.', status: 'accepted' });
    await service.update(b.id, { tags: ['ops'], drivers: ['Reproducible training [@T6]'] });
    expect(titles(service.list({ status: 'accepted' }))).toEqual(['1 Feature store']);
    expect(titles(service.list({ status: ['accepted', 'proposed'] }))).toHaveLength(2);
    expect(titles(service.list({ tag: 'data' }))).toEqual(['1 Feature store']);
    expect(titles(service.list({ cites: 'T6' }))).toEqual(['2 Model registry']);
    expect(titles(service.list({ text: 'REPRODUCIBLE registry' }))).toEqual(['2 Model registry']);
    expect(service.list({ text: 'registry', tag: 'data' })).toEqual([]);
    await store.close();
  });
});

describe('supersede', () => {
  async function pair() {
    const s = await setup();
    const older = await s.service.create({ title: 'Nightly batch' });
    const newer = await s.service.create({ title: 'Streaming' });
    await s.service.setStatus(older.id, 'accepted');
    return { ...s, older, newer };
  }

  it('links both records and saves both', async () => {
    const { store, service, older, newer, dir } = await pair();
    await service.supersede(older.id, newer.id);
    expect(service.get(older.id)).toMatchObject({ status: 'superseded', supersededBy: 2 });
    expect(service.get(newer.id)).toMatchObject({ status: 'proposed', supersedes: [1] });
    await store.close();
    const reopened = await setup(dir);
    expect(reopened.service.list().map((d) => [d.number, d.status, d.supersedes, d.supersededBy])).toEqual([
      [1, 'superseded', [], 2],
      [2, 'proposed', [1], null],
    ]);
    await reopened.store.close();
  });

  it('refuses self-supersede, the reverse link, a second successor and a proposal', async () => {
    const { store, service, older, newer } = await pair();
    await expect(service.supersede(older.id, older.id)).rejects.toThrow('Decision 1 cannot supersede itself.');
    await expect(service.supersede(newer.id, older.id)).rejects.toThrow(
      'Only an accepted or deprecated decision can be superseded; decision 2 is proposed.',
    );
    await service.supersede(older.id, newer.id);
    await service.setStatus(newer.id, 'accepted');
    await expect(service.supersede(newer.id, older.id)).rejects.toThrow('Decision 1 is itself superseded by 2');
    const third = await service.create({ title: 'Third' });
    await expect(service.supersede(older.id, third.id)).rejects.toThrow('Decision 1 is already superseded by 2.');
    await store.close();
  });

  it('refuses a cycle through links that came in by import', async () => {
    const { store, service } = await setup();
    const { imported } = await service.importDecisions([
      { number: 1, title: 'A', status: 'accepted', supersedes: [2] },
      { number: 2, title: 'B', status: 'accepted' },
    ]);
    await expect(service.supersede(imported[0]!.id, imported[1]!.id)).rejects.toThrow(
      'Decision 1 already supersedes 2 (directly or through others)',
    );
    await store.close();
  });
});

describe('importDecisions', () => {
  it('keeps free numbers, renumbers taken ones, remaps links and reports everything', async () => {
    const { store, service, disk } = await setup();
    await service.create({ title: 'Existing 1' });
    const gone = await service.create({ title: 'Deleted 2' });
    await service.delete(gone.id);

    const report = await service.importDecisions([
      { number: 2, title: 'Imported 2', status: 'superseded', supersededBy: 5 },
      { number: 5, title: 'Imported 5', status: 'accepted', supersedes: [2, 99], date: '2021-06-01' },
      { number: 1, title: 'Clashing 1' },
      { title: '' },
      'not a record',
    ]);
    expect(report.renumbered).toEqual([
      { title: 'Imported 2', from: 2, to: 6 },
      { title: 'Clashing 1', from: 1, to: 7 },
    ]);
    expect(report.imported.map((d) => [d.number, d.title, d.supersedes, d.supersededBy, d.date])).toEqual([
      [6, 'Imported 2', [], 5, '2024-03-01'],
      [5, 'Imported 5', [6], null, '2021-06-01'],
      [7, 'Clashing 1', [], null, '2024-03-01'],
    ]);
    expect(report.droppedLinks).toEqual([{ number: 5, link: 99 }]);
    expect(report.rejected).toEqual([
      { index: 3, message: expect.stringContaining('title: a decision needs a title') },
      { index: 4, message: 'It is not a decision record.' },
    ]);
    expect(disk()).toMatchObject({ nextDecisionNumber: 8 });
    expect(disk().decisions.map((d) => d.number)).toEqual([1, 5, 6, 7]);
    expect((await service.create({ title: 'After import' })).number).toBe(8);
    await store.close();
  });
});
