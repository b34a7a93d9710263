// lintFolder on disk: files that cannot be read, and the four shared corpora, which hold no broken record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { copyCorpora, corporaPresent, corpusNames, type CorpusCopy } from '../../../tests/fixtures/adr-corpora.ts';
import { catalogKeys } from '../api/catalog-report.ts';
import { lintFolder } from './lint-folder.ts';

const errorRules = new Set(['unknown-key', 'missing-link-target', 'duplicate-number', 'unreadable-file']);
const opts = { knownKeys: catalogKeys(), today: '2026-11-30' };

describe('lintFolder on disk', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ta-lint-'));
    const ok =
      '# 1. A\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\n## Context\n\n## Decision\n\nd\n\n## Consequences\n';
    await writeFile(path.join(dir, '0001-a.md'), ok);
    await writeFile(path.join(dir, '0002-bin.md'), Buffer.from([0x23, 0x00, 0x01]));
    await writeFile(path.join(dir, '0003-latin1.md'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    await writeFile(path.join(dir, '0004-huge.md'), Buffer.alloc(2 * 1024 * 1024, 'a'));
    await symlink(path.join(dir, '0001-a.md'), path.join(dir, '0005-link.md'));
    await mkdir(path.join(dir, '0006-folder.md'));
    await writeFile(path.join(dir, 'README.md'), Buffer.from([0x00]));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reports each unreadable record as an error and nothing for folders, README and the readable record', async () => {
    const messages = await lintFolder(dir, opts);
    expect(messages.map((m) => [m.file, m.severity, m.rule, m.message])).toEqual([
      ['0002-bin.md', 'error', 'unreadable-file', 'cannot be read: binary file (contains NUL bytes)'],
      ['0003-latin1.md', 'error', 'unreadable-file', 'cannot be read: not valid UTF-8 text'],
      ['0004-huge.md', 'error', 'unreadable-file', 'cannot be read: file is 2.0 MB; the limit is 1.0 MB'],
      ['0005-link.md', 'error', 'unreadable-file', 'cannot be read: a symbolic link; links are not followed'],
    ]);
  });
});

describe.skipIf(!corporaPresent)('lintFolder on the shared corpora', () => {
  let corpora: CorpusCopy;
  beforeAll(() => {
    corpora = copyCorpora();
  });
  afterAll(() => corpora.remove());

  it.each(corpusNames)('finds no error in %s, only warnings', async (corpus) => {
    const messages = await lintFolder(corpora.dir(corpus), opts);
    const counts: Record<string, number> = {};
    for (const m of messages) counts[`${m.severity} ${m.rule}`] = (counts[`${m.severity} ${m.rule}`] ?? 0) + 1;
    console.log(`lint ${corpus}: ${JSON.stringify(counts)}`);
    expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
    // The error rules are errors only; no warning ever comes from them.
    expect(messages.filter((m) => errorRules.has(m.rule) !== (m.severity === 'error'))).toEqual([]);
  });
});
