// Rotating backups on disk: interval, forcing, pruning, ordering and safe names.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Backups, fileTimestamp } from './backups.ts';
import { AppError } from '../../common/errors.ts';
import { tempDir } from '../../../tests/fixtures/store/temp-dir.ts';

function setup(options: { max?: number; minIntervalMs?: number } = {}) {
  const dir = tempDir();
  const file = join(dir, 'workspace.json');
  let time = Date.parse('2024-03-01T12:00:00.000Z');
  const clock = { advance: (ms: number) => (time += ms) };
  const backups = new Backups(dir, {
    max: options.max ?? 3,
    minIntervalMs: options.minIntervalMs ?? 60_000,
    now: () => new Date(time),
  });
  return { dir, file, clock, backups };
}

describe('Backups', () => {
  it('names files with a Windows-safe ISO timestamp', () => {
    expect(fileTimestamp(new Date('2024-03-01T12:00:00.123Z'))).toBe('2024-03-01T12-00-00-123Z');
  });

  it('takes no new backup when the newest one already holds the same content', async () => {
    const { file, clock, backups } = setup();
    writeFileSync(file, 'same');
    expect(await backups.rotate(file, true)).not.toBeNull();
    clock.advance(1);
    expect(await backups.rotate(file, true)).toBeNull();
    writeFileSync(file, 'changed');
    clock.advance(1);
    expect(await backups.rotate(file, true)).not.toBeNull();
    expect((await backups.list()).length).toBe(2);
  });

  it('copies the file at most once per interval unless forced', async () => {
    const { file, clock, backups } = setup();
    writeFileSync(file, 'one');
    const first = await backups.rotate(file);
    expect(first && readFileSync(first.path, 'utf8')).toBe('one');
    expect(first?.takenAt).toBe('2024-03-01T12:00:00.000Z');
    writeFileSync(file, 'two');
    clock.advance(59_999);
    expect(await backups.rotate(file)).toBeNull();
    expect(await backups.rotate(file, true)).not.toBeNull();
    clock.advance(60_000);
    writeFileSync(file, 'three');
    const later = await backups.rotate(file);
    expect(later && readFileSync(later.path, 'utf8')).toBe('three');
    expect((await backups.list()).map((b) => readFileSync(b.path, 'utf8'))).toEqual(['three', 'two', 'one']);
  });

  it('keeps the newest rotating backups and every pre-migration backup', async () => {
    const { file, clock, backups } = setup({ max: 2, minIntervalMs: 0 });
    writeFileSync(file, 'v0');
    await backups.keepPreMigration(file, 0);
    for (const content of ['a', 'b', 'c']) {
      clock.advance(1000);
      writeFileSync(file, content);
      await backups.rotate(file);
    }
    const list = await backups.list();
    expect(list.map((b) => [b.kind, readFileSync(b.path, 'utf8')])).toEqual([
      ['rotating', 'c'],
      ['rotating', 'b'],
      ['pre-migration', 'v0'],
    ]);
  });

  it('never overwrites a backup taken in the same millisecond and lists it as newer', async () => {
    const { file, backups } = setup();
    writeFileSync(file, 'first');
    await backups.rotate(file, true);
    writeFileSync(file, 'second');
    await backups.rotate(file, true);
    expect((await backups.list()).map((b) => readFileSync(b.path, 'utf8'))).toEqual(['second', 'first']);
  });

  it('lists nothing before the first backup', async () => {
    expect(await setup().backups.list()).toEqual([]);
  });

  it('resolves only backup names, never a path outside backups/', () => {
    const { dir, backups } = setup();
    expect(backups.resolve('workspace-2024-03-01T12-00-00-000Z.json')).toBe(
      join(dir, 'backups', 'workspace-2024-03-01T12-00-00-000Z.json'),
    );
    expect(() => backups.resolve('../workspace.json')).toThrow(AppError);
    expect(() => backups.resolve('workspace-2024-03-01T12-00-00-000Z.json/../../x.json')).toThrow(
      'is not a workspace backup',
    );
  });
});
