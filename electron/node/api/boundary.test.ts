// Arguments are validated once, where every host calls in, with messages a person can act on; nothing reaches the disk.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { Api } from '../../common/api.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { openFolderWorkspace } from '../folder/open-workspace.ts';
import { dispatch, dispatchingApi } from './dispatch.ts';
import { createHostApi } from './host-api.ts';

let dir: string;
let ws: FolderWorkspace;
let host: Api;
let api: Api;

beforeEach(async () => {
  dir = tempDir('atlas-boundary-');
  ws = await openFolderWorkspace(dir, { watch: false });
  host = createHostApi(ws, { host: 'web', version: 'test' });
  api = dispatchingApi(host);
});
afterEach(() => ws.close());

/** Every file of the folder and of its analyses, with its text. */
function disk(): string {
  const analyses = join(dir, '.tradeoff-atlas', 'analyses');
  const files = [
    ...readdirSync(dir).flatMap((n) => (n.endsWith('.md') ? [join(dir, n)] : [])),
    ...readdirSync(analyses).map((n) => join(analyses, n)),
  ];
  return files.map((f) => `${f}\n${readFileSync(f, 'utf8')}`).join('\n');
}

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
    [{ number: 7 }, 'number cannot be changed here (it comes from the file name)'],
    [{ id: 'other.md' }, 'id cannot be changed here (it is the file name)'],
    [{ version: 'x' }, 'version cannot be changed here (it is read from the file)'],
    [{ supersededBy: 4 }, 'supersededBy cannot be changed here (use supersede)'],
    [{ titel: 'typo' }, 'titel is not a field of a decision'],
    [{ status: 'x'.repeat(201) }, 'status: Too big'],
    ['title', 'expected object'],
  ])('refuses the decision patch %j with a message, changing nothing', async (patch, message) => {
    const d = await api.createDecision({ title: 'Keep me' });
    const before = disk();
    const result = await dispatch(host, 'updateDecision', [d.id, patch, d.version]);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining(message) },
    });
    expect(disk()).toBe(before);
  });

  it('refuses an edit that does not say which version of the file it is based on', async () => {
    const d = await api.createDecision({ title: 'Keep me' });
    const before = disk();
    expect(await dispatch(host, 'updateDecision', [d.id, { status: 'accepted' }])).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    expect(disk()).toBe(before);
  });

  it('keeps any status word as written, since folders use their own', async () => {
    const d = await api.createDecision({ title: 'Keep me' });
    const saved = await api.updateDecision(d.id, { status: 'on hold' }, d.version);
    expect(saved.decision).toMatchObject({ status: 'on hold', lifecycle: 'other' });
  });

  it('refuses an analysis patch the schema does not allow', async () => {
    const a = await api.createAnalysis({ title: 'Q' });
    const before = disk();
    const criteria = [{ id: 'c1', title: 'Cost', tradeoff: null, favours: null, type: 'cost', weight: -1 }];
    expect(await dispatch(host, 'updateAnalysis', [a.id, { criteria }])).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('weights cannot be negative') },
    });
    expect((await api.listAnalyses())[0]?.criteria).toEqual([]);
    expect(disk()).toBe(before);
  });

  it('reads arguments as JSON carries them, so a field sent as undefined over IPC changes nothing', async () => {
    const d = await api.createDecision({ title: 'Keep my title' });
    const result = await dispatch(host, 'updateDecision', [d.id, { title: undefined, context: 'Why' }, d.version]);
    expect(result).toMatchObject({
      ok: true,
      value: { decision: { title: 'Keep my title', context: 'Why' }, conflict: null },
    });
  });
});
