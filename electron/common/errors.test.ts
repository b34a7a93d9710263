// The one error model: codes and messages from any failure, envelopes back into errors, and paths kept off the page.
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { AppError, invalid, toAppError, unwrap, withoutPaths } from './errors.ts';

describe('errors', () => {
  it('keeps an AppError and names a file-system error by its path, without errno jargon', () => {
    const refused = new AppError('conflict', 'Already there.');
    expect(toAppError(refused)).toBe(refused);
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT', path: '/no/such/folder' });
    expect(toAppError(missing).toData()).toEqual({
      code: 'not-found',
      message: '/no/such/folder: no such file or folder.',
    });
    const taken = Object.assign(new Error('EEXIST'), { code: 'EEXIST', path: '/adr/README.md' });
    expect(toAppError(taken).toData()).toEqual({
      code: 'conflict',
      message: '/adr/README.md: a file of that name is already there.',
    });
    const full = Object.assign(new Error('ENOSPC'), { code: 'ENOSPC', path: '/out/a.md' });
    expect(toAppError(full).toData()).toEqual({ code: 'io', message: '/out/a.md: the disk is full.' });
  });

  it('keeps an AppError made by another copy of this module (the command line bundles its commands apart)', async () => {
    vi.resetModules();
    // With the registry reset, the module is evaluated afresh, as a second bundle would hold it.
    const other = await import('./errors.ts');
    const theirs = new other.AppError('not-found', 'No record "0999" in this folder.');
    expect(other.AppError).not.toBe(AppError);
    expect(theirs).toBeInstanceOf(AppError);
    expect(toAppError(theirs)).toBe(theirs);
    expect(new Error('plain')).not.toBeInstanceOf(AppError);
    expect(Object.create(null)).not.toBeInstanceOf(AppError);
  });

  it('treats anything else as a bug, keeping what happened but not the stack', () => {
    const bug = toAppError(new TypeError('x is undefined'));
    expect(bug.code).toBe('internal');
    expect(bug.message).toMatch(/^Something unexpected went wrong \(x is undefined\)\. Try again/);
    expect(JSON.stringify(bug.toData())).not.toContain('at ');
  });

  it('turns schema issues into one sentence', () => {
    const result = z.object({ date: z.string().regex(/^\d{4}$/, 'use YYYY') }).safeParse({ date: 'x' });
    expect(result.success || invalid('Decision 3', result.error.issues).message).toBe(
      'Decision 3 is not valid — date: use YYYY.',
    );
  });

  it('unwraps an envelope, throwing its failure as an AppError', () => {
    expect(unwrap({ ok: true, value: 7 })).toBe(7);
    expect(() => unwrap({ ok: false, error: { code: 'locked', message: 'Open elsewhere.' } })).toThrow(
      expect.objectContaining({ name: 'AppError', code: 'locked', message: 'Open elsewhere.' }),
    );
  });

  it('cuts absolute paths to their last part, and leaves other slashes alone', () => {
    expect(withoutPaths('Could not save /home/ada/ws/workspace.json: permission denied.')).toBe(
      'Could not save workspace.json: permission denied.',
    );
    expect(withoutPaths("scandir 'C:\\Users\\ada\\adrs' failed")).toBe("scandir 'adrs' failed");
    expect(withoutPaths('ratings 1/5, and/or http://127.0.0.1:80/x')).toBe('ratings 1/5, and/or http://127.0.0.1:80/x');
  });
});
