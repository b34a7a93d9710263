// Arguments are validated once, where every host calls in, with the services' old messages; nothing reaches the disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { Api } from '../../common/api.ts';
import { openWorkspace, type WorkspaceStore } from '../store/workspace-store.ts';
import { dispatch, dispatchingApi } from './dispatch.ts';
import { createHostApi } from './host-api.ts';

let dir: string;
let store: WorkspaceStore;
let host: Api;
let api: Api;

beforeEach(async () => {
  dir = tempDir('atlas-boundary-');
  store = await openWorkspace(dir);
  host = createHostApi(store, { host: 'web', version: 'test' });
  api = dispatchingApi(host);
});
afterEach(() => store.close());

const disk = () => readFileSync(join(dir, 'workspace.json'), 'utf8');

describe('the API boundary', () => {
  it('trims titles and refuses blank ones before a service runs', async () => {
    expect((await api.createDecision({ title: '  Use a feature store ' })).title).toBe('Use a feature store');
    expect((await api.createAnalysis({ title: '  Batch or online?  ' })).title).toBe('Batch or online?');
    const before = disk();
    await expect(api.createDecision({ title: '   ' })).rejects.toMatchObject({
      code: 'bad-request',
      message: 'The call to createDecision is not valid — title: a decision needs a title.',
    });
    await expect(api.createAnalysis({ title: '' })).rejects.toThrow(/needs a question/);
    expect(disk()).toBe(before);
  });

  it.each([
    [{ title: '' }, 'title: a decision needs a title'],
    [{ date: '1 March 2024' }, 'date: dates are YYYY-MM-DD'],
    [{ number: 7 }, 'number cannot be changed here (the app assigns it)'],
    [{ supersededBy: 4 }, 'supersededBy cannot be changed here (use supersede)'],
    [{ titel: 'typo' }, 'titel is not a field of a decision'],
    [{ status: 'maybe' }, 'status: Invalid option'],
    ['title', 'expected object'],
  ])('refuses the decision patch %j with a message, changing nothing', async (patch, message) => {
    const d = await api.createDecision({ title: 'Keep me' });
    const before = disk();
    const result = await dispatch(host, 'updateDecision', [d.id, patch]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(message) },
    });
    expect(disk()).toBe(before);
  });

  it('refuses an analysis patch the schema does not allow', async () => {
    const a = await api.createAnalysis({ title: 'Q' });
    const criteria = [{ id: 'c1', title: 'Cost', tradeoff: null, favours: null, type: 'cost', weight: -1 }];
    expect(await dispatch(host, 'updateAnalysis', [a.id, { criteria }])).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('weights cannot be negative') },
    });
    expect((await api.listAnalyses())[0]?.criteria).toEqual([]);
  });

  it('reads arguments as JSON carries them, so a field sent as undefined over IPC changes nothing', async () => {
    const d = await api.createDecision({ title: 'Keep my title' });
    const result = await dispatch(host, 'updateDecision', [d.id, { title: undefined, context: 'Why' }]);
    expect(result).toMatchObject({ ok: true, value: { title: 'Keep my title', context: 'Why' } });
  });
});
