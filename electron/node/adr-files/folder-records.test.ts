// readFolderRecords: every Markdown file listed in name order, records read strictly, the rest listed unread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readFolderRecords } from './folder-records.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'ta-records-'));
  for (let n = 1; n <= 70; n++) await writeFile(path.join(dir, `${String(n).padStart(4, '0')}-r.md`), `# R${n}\n`);
  await writeFile(path.join(dir, 'README.md'), '# Decisions\n');
  await writeFile(path.join(dir, 'notes.txt'), 'not Markdown');
  await writeFile(path.join(dir, '0100-bin.md'), Buffer.from([0x23, 0x00]));
  await symlink('/etc/passwd', path.join(dir, '0101-link.md'));
  await mkdir(path.join(dir, '0102-folder.md'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('readFolderRecords', () => {
  it('reads every record, in batches, in name order; lists README unread and leaves out folders and other files', async () => {
    const records = await readFolderRecords(dir);
    expect(records).toHaveLength(73);
    expect(records[0]).toEqual({ fileName: '0001-r.md', text: '# R1\n' });
    expect(records[69]).toEqual({ fileName: '0070-r.md', text: '# R70\n' });
    expect(records.slice(70)).toEqual([
      { fileName: '0100-bin.md', text: null, unreadable: 'binary file (contains NUL bytes)' },
      { fileName: '0101-link.md', text: null, unreadable: 'a symbolic link; links are not followed' },
      { fileName: 'README.md', text: null },
    ]);
  });

  it('applies the size cap', async () => {
    const records = await readFolderRecords(dir, { maxBytes: 4 });
    expect(records[0]).toEqual({
      fileName: '0001-r.md',
      text: null,
      unreadable: 'file is 0.0 MB; the limit is 0.0 MB',
    });
  });
});
