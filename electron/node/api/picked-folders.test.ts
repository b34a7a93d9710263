// The desktop API reads and writes only folders the user picked in the system dialog.
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../common/api.ts';
import { limitToPickedFolders } from './picked-folders.ts';

const base = {
  exportDecisions: vi.fn(async () => ({ written: ['x'] })),
  importDecisions: vi.fn(async () => ({ imported: [], report: [] })),
} as unknown as Api;

describe('limitToPickedFolders', () => {
  it('refuses a folder the user did not pick and allows one they did', async () => {
    const api = limitToPickedFolders(base, async () => '/home/me/repo/docs/decisions');
    await expect(api.exportDecisions({ format: 'madr', scope: 'folder', dir: '/etc' })).rejects.toThrow(
      /Choose the folder/,
    );
    await expect(api.importDecisions({ dir: '/home/me/repo/docs/decisions' })).rejects.toThrow(/Choose the folder/);
    expect(await api.chooseFolder({ purpose: 'export' })).toBe('/home/me/repo/docs/decisions');
    await expect(
      api.exportDecisions({ format: 'madr', scope: 'folder', dir: '/home/me/repo/docs/decisions/' }),
    ).resolves.toEqual({ written: ['x'] });
    await expect(
      api.exportDecisions({ format: 'madr', scope: 'folder', dir: '/home/me/repo/docs/decisions/../../..' }),
    ).rejects.toThrow(/Choose/);
  });

  it('remembers nothing when the user cancels', async () => {
    const api = limitToPickedFolders(base, async () => null);
    expect(await api.chooseFolder({ purpose: 'import' })).toBeNull();
    await expect(api.importDecisions({ dir: '/' })).rejects.toThrow(/Choose/);
  });
});
