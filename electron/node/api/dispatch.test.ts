// Every call is validated against the contract before a handler runs, and failures come back as readable envelopes.
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../common/api.ts';
import { AppError } from '../../common/errors.ts';
import { dispatch } from './dispatch.ts';

const api = {
  getNothing: vi.fn(),
  createDecision: vi.fn(async (input: { title: string }) => ({ id: 'd1', title: input.title })),
  restoreDecision: vi.fn(async () => {
    throw new AppError('not-found', 'Nothing to restore.');
  }),
  updateDecision: vi.fn(),
} as unknown as Api;

describe('dispatch', () => {
  it('runs a valid call', async () => {
    expect(await dispatch(api, 'createDecision', [{ title: 'Use DVC' }])).toEqual({
      ok: true,
      value: { id: 'd1', title: 'Use DVC' },
    });
  });

  it.each([
    ['an unknown operation', 'getNothing', []],
    ['a prototype key', '__proto__', []],
    ['missing arguments', 'createDecision', []],
    ['a wrong type', 'createDecision', [{ title: 42 }]],
    ['extra arguments', 'createDecision', [{ title: 'x' }, 'more']],
    ['arguments that are not a list', 'createDecision', { title: 'x' }],
    ['an oversized title', 'createDecision', [{ title: 'x'.repeat(5000) }]],
    ['a patch that changes the number', 'updateDecision', ['d1', { title: 'x', number: 7 }]],
  ])('refuses %s without calling a handler', async (_what, op, args) => {
    const result = await dispatch(api, op, args);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(api.updateDecision).not.toHaveBeenCalled();
  });

  it('turns a service error into its code and message', async () => {
    expect(await dispatch(api, 'restoreDecision', ['token'])).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Nothing to restore.' },
    });
  });

  it('names a file-system error by its path, and a bug without its stack', async () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, scandir '/in'"), {
      code: 'ENOENT',
      path: '/in',
    });
    const failing = {
      importDecisions: async () => Promise.reject(missing),
      listDecisions: async () => Promise.reject(new TypeError('x is undefined')),
    } as unknown as Api;
    expect(await dispatch(failing, 'importDecisions', [{ dir: '/in' }])).toEqual({
      ok: false,
      error: { code: 'not-found', message: '/in: no such file or folder.' },
    });
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bug = await dispatch(failing, 'listDecisions', []);
    expect(bug).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('x is undefined') },
    });
    expect(JSON.stringify(bug)).not.toMatch(/at .*\.ts/);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
