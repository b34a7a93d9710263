// The check of edits before they are sent: the schema loaded once, its first complaint, and a failed load told and
// tried again.
import { describe, expect, it, vi } from 'vitest';
import { PatchCheck, type PatchSchema } from './patch-check.ts';

type Patch = { title?: string };

const titleSchema: PatchSchema<Patch> = {
  parse: (value) => value as Patch,
  safeParse: (value) =>
    (value as Patch).title === ''
      ? { success: false, error: { issues: [{ message: 'a decision needs a title' }] } }
      : { success: true },
};

describe('PatchCheck', () => {
  it('loads the schema once and says its first complaint, or null', async () => {
    const load = vi.fn(async () => titleSchema);
    const check = new PatchCheck(load, 'the change is not valid');
    check.preload();
    expect(await check.problem({ title: '' })).toBe('a decision needs a title');
    expect(await check.problem({ title: 'Adopt Feast' })).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when the schema could not be loaded, and loads it again at the next check', async () => {
    const load = vi
      .fn<() => Promise<PatchSchema<Patch>>>()
      .mockRejectedValueOnce(new Error('network down'))
      .mockResolvedValue(titleSchema);
    const check = new PatchCheck(load, 'the change is not valid');
    expect(await check.problem({ title: 'A' })).toBe(
      'the change could not be checked (network down); it is kept, and checked again at the next edit',
    );
    expect(await check.problem({ title: '' })).toBe('a decision needs a title');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
