// Desktop only: export and import reach just the folders the user picked in the system dialog, never a path the page made up.
import path from 'node:path';
import type { Api } from '../../common/api.ts';
import { AppError } from '../../common/errors.ts';

export function limitToPickedFolders(api: Api, pick: (purpose: 'export' | 'import') => Promise<string | null>): Api {
  const picked = new Set<string>();
  const check = (dir: string) => {
    if (!picked.has(path.resolve(dir)))
      throw new AppError(
        'bad-request',
        'Choose the folder with Choose… first; the desktop app only uses folders picked there.',
      );
  };
  return {
    ...api,
    chooseFolder: async ({ purpose }) => {
      const dir = await pick(purpose);
      if (dir !== null) picked.add(path.resolve(dir));
      return dir;
    },
    exportDecisions: async (req) => {
      check(req.dir);
      return api.exportDecisions(req);
    },
    importDecisions: async (req) => {
      check(req.dir);
      return api.importDecisions(req);
    },
  };
}
