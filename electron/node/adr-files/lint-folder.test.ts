import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lintFolder } from './lint-folder.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ta-lint-'));
  await writeFile(
    path.join(dir, '0001-a.md'),
    '# 1. A\n\nDate: 2024-01-01\n\n## Status\n\nSuperseded by [2. B](0002-b.md)\n\n## Context\n\nSee [@CM12] and [@ZZ1].\n\n## Decision\n\n## Consequences\n',
  );
  await writeFile(
    path.join(dir, '0002-b.md'),
    '---\nstatus: accepted\ndate: 2024-01-02\nsupersedes: [1, 4]\n---\n# B\n\n## Context and Problem Statement\n\n[@T6]\n',
  );
  await writeFile(path.join(dir, '0003-bin.md'), Buffer.from([0, 1, 2]));
  await writeFile(path.join(dir, 'README.md'), '# not linted [@NOPE1]\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('lintFolder', () => {
  it('reports unknown keys, broken supersede links, missing sections and unreadable files', async () => {
    const findings = await lintFolder(dir, { knownKeys: new Set(['CM12', 'T6']) });
    expect(findings).toEqual([
      { file: '0003-bin.md', line: 1, message: 'binary file (contains NUL bytes)' },
      { file: '0001-a.md', line: 11, message: 'unknown catalogue key [@ZZ1]' },
      { file: '0002-b.md', line: 6, message: 'missing required section "## Considered Options" (madr)' },
      { file: '0002-b.md', line: 6, message: 'missing required section "## Decision Outcome" (madr)' },
      { file: '0002-b.md', line: 4, message: 'supersede link to record 0004, which is not in the folder' },
    ]);
  });
});
