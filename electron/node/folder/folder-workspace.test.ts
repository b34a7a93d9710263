// The folder workspace's status: the revision moves with changes made outside the app, and each change is pushed.
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { copyCorpora } from '../../../tests/fixtures/adr-corpora.ts';
import type { WorkspaceStatus } from '../../common/api.ts';
import { workspaceEvents } from '../api/host-api.ts';
import { RecordService } from '../decisions/record-service.ts';
import { openFolderWorkspace } from './open-workspace.ts';

async function watchedCorpus() {
  const copy = copyCorpora();
  const dir = copy.dir('cisagov__manage.get.gov');
  const ws = await openFolderWorkspace(dir, { watch: true });
  onTestFinished(async () => {
    await ws.close();
    copy.remove();
  });
  const pushed: WorkspaceStatus[] = [];
  const stop = workspaceEvents(ws).onWorkspaceStatus((s) => pushed.push(s));
  onTestFinished(stop);
  return { dir, ws, pushed, last: () => pushed.at(-1)! };
}

describe('FolderWorkspace status', () => {
  it('pushes the current status at once, then a new revision for each file changed, added or removed outside', async () => {
    const { dir, ws, pushed, last } = await watchedCorpus();
    expect(pushed).toEqual([ws.status()]);
    expect(last()).toMatchObject({ state: 'saved', path: dir, revision: 0, unreadable: [], notice: null });

    await writeFile(path.join(dir, '0003-django.md'), '# 3. Django\n\n## Status\n\nRejected\n');
    await expect.poll(() => last().revision, { timeout: 10_000 }).toBe(1);
    await writeFile(path.join(dir, '0099-binary.md'), Buffer.from([0x23, 0x00, 0xff]));
    await expect.poll(() => last().revision, { timeout: 10_000 }).toBe(2);
    expect(last().unreadable).toEqual([{ file: '0099-binary.md', reason: expect.stringMatching(/binary/) }]);
    await unlink(path.join(dir, '0099-binary.md'));
    await expect.poll(() => last().revision, { timeout: 10_000 }).toBe(3);
    expect(last().unreadable).toEqual([]);
    expect(ws.status().revision).toBe(3);
    // Each push differs from the one before it.
    for (let i = 1; i < pushed.length; i++) expect(pushed[i]).not.toEqual(pushed[i - 1]);
  });

  it("pushes nothing for the app's own quick write, which leaves the revision alone", async () => {
    const { ws, pushed, last } = await watchedCorpus();
    const service = new RecordService(ws, () => '2026-02-03');
    const d = await service.get('0003-django.md');
    const seen = pushed.length;
    await service.update(d.id, { status: 'Rejected' }, d.version);
    // The page that saved hears of it in the answer; a "saving" pushed around it would only delay "saved".
    expect(pushed.slice(seen)).toEqual([]);
    // The watcher sees our own write too; give it time to (wrongly) count it before checking.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(last()).toMatchObject({ state: 'saved', revision: 0 });
  });
});
