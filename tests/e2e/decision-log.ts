// A small decision log for the views drawn from it: citations across stages, a supersede chain, an amend link, tags.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from './fixtures.ts';

const record = (date: string, title: string, body: string, extra = '') =>
  `---\nstatus: accepted\ndate: ${date}\n${extra}---\n# ${title}\n\n## Context and Problem Statement\n\n${body}\n`;

export const withLog = test.extend<{ folder: string }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this destructuring.
  folder: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'atlas-views-'));
    await writeFile(
      path.join(dir, '0001-detect-drift.md'),
      record(
        '2024-02-10',
        'Detect drift',
        'Drift [@CM12] [@SM13].\n\n```mermaid\ngraph LR\n  A[Live data] --> B[Drift check]\n```',
        'tags: [monitoring]\n',
      ),
    );
    await writeFile(
      path.join(dir, '0002-keep-datasets.md'),
      record('2024-05-02', 'Keep datasets', 'Datasets [@CM10].', 'tags: [data]\n').replace(
        'status: accepted',
        'status: superseded',
      ),
    );
    await writeFile(
      path.join(dir, '0003-managed-store.md'),
      record(
        '2025-03-20',
        'Managed store',
        'Datasets [@CM10] [@CM11].\n\nAmends [1. Detect drift](0001-detect-drift.md)',
        'tags: [data]\nsupersedes: 2\n',
      ),
    );
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
});
