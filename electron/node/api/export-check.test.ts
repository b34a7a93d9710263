// exportProblems through dispatch: lint's rules over every record an export would write, not only the open one.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';
import type { Api } from '../../common/api.ts';
import type { FolderWorkspace } from '../folder/folder-workspace.ts';
import { openFolderWorkspace } from '../folder/open-workspace.ts';
import { dispatchingApi } from './dispatch.ts';
import { createHostApi } from './host-api.ts';

const wellKept =
  '---\nstatus: accepted\ndate: 2024-01-02\n---\n# Use a feature store\n\n## Context and Problem Statement\n\n' +
  'Skew [@CM12].\n\n## Considered Options\n\n* Feature store\n* Pipelines\n\n## Decision Outcome\n\n' +
  'Chosen option: "Feature store", because it removes skew.\n';

let dir: string;
let ws: FolderWorkspace;
let api: Api;

beforeEach(async () => {
  dir = path.join(tempDir('atlas-export-check-'), 'decisions');
  await mkdir(dir);
  await writeFile(path.join(dir, '0001-kept.md'), wellKept);
  // No outcome, an unknown key, and an undated, unusual status that is how the team writes, not a problem to export.
  await writeFile(
    path.join(dir, '0002-open-question.md'),
    wellKept
      .replace(/(## Decision Outcome\n)[\s\S]*$/, '$1')
      .replace('[@CM12]', '[@CM99]')
      .replace('date: 2024-01-02\n', ''),
  );
  ws = await openFolderWorkspace(dir, { watch: false });
  api = dispatchingApi(createHostApi(ws, { host: 'web', version: 'test', now: () => new Date('2026-02-03') }));
});
afterEach(() => ws.close());

describe('exportProblems', () => {
  it('lints every record of a folder export and keeps what the export would be the worse for', async () => {
    const problems = await api.exportProblems({ scope: 'folder' });
    expect(problems.map(({ id, rule, line }) => [id, rule, line])).toEqual([
      ['0002-open-question.md', 'unknown-key', 8],
      ['0002-open-question.md', 'no-outcome', 15],
    ]);
    expect(problems[1]!.message).toContain('empty decision outcome');
    // A check writes nothing.
    expect((await readdir(dir)).filter((n) => !n.startsWith('.')).sort()).toEqual([
      '0001-kept.md',
      '0002-open-question.md',
    ]);
  });

  it('checks only the named record for a one-record export, and refuses a record that is not there', async () => {
    expect(await api.exportProblems({ scope: 'one', decisionId: '0001-kept.md' })).toEqual([]);
    await expect(api.exportProblems({ scope: 'one', decisionId: '0009-none.md' })).rejects.toThrow(
      /Choose the decision/,
    );
  });

  it('refuses a request of the wrong shape before it reaches the files', async () => {
    await expect(api.exportProblems({ scope: 'all' } as never)).rejects.toThrow();
  });
});
