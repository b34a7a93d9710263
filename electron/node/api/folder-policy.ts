// Web host only: export and import reach the workspace, folders under it and folders given with --allow, nothing else.
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from '../../common/api.ts';
import { AppError } from '../../common/errors.ts';

export interface FolderPolicy {
  /** The real folder to use for a typed path, or an AppError whose message is written for the user. */
  resolve(typed: string, purpose: 'export' | 'import'): Promise<string>;
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

const missingCodes = new Set(['ENOENT', 'ENOTDIR']);

/** The real path of the nearest existing ancestor (the folder itself when it exists) and the names still to create. */
async function nearestExisting(target: string): Promise<{ real: string; toCreate: string[] }> {
  const toCreate: string[] = [];
  for (let dir = target; ; dir = path.dirname(dir)) {
    try {
      return { real: await realpath(dir), toCreate };
    } catch (error) {
      if (!missingCodes.has((error as NodeJS.ErrnoException).code ?? '') || path.dirname(dir) === dir) throw error;
      toCreate.unshift(path.basename(dir));
    }
  }
}

async function isFolder(real: string): Promise<boolean> {
  return (await stat(real)).isDirectory();
}

// Says neither the resolved path nor where a link points: the page learns nothing about folders it may not reach.
const outside = () =>
  new AppError(
    'bad-request',
    'The web host only reaches the workspace, the folders inside it and folders it was started with --allow for. ' +
      'Type a folder inside the workspace (a relative path starts there), or restart the host with --allow DIR.',
  );

/**
 * `allow` folders must exist (relative ones start at the current folder, as on any command line); the workspace may
 * be created after the policy. A typed folder is checked as written, then through its links: a link inside the
 * workspace that points elsewhere is refused, and a folder still to be created is judged by its nearest existing
 * ancestor.
 */
export async function createFolderPolicy(workspace: string, allow: readonly string[] = []): Promise<FolderPolicy> {
  const allowed = await Promise.all(
    allow.map(async (dir) => {
      const real = await realpath(dir).catch(() => null);
      if (real === null || !(await isFolder(real))) throw new Error(`--allow ${dir}: there is no such folder.`);
      return { given: path.resolve(dir), real };
    }),
  );
  const home = path.resolve(workspace);

  return {
    async resolve(typed, purpose) {
      const roots = [{ given: home, real: await realpath(home) }, ...allowed];
      const target = path.resolve(home, typed);
      // Nothing outside is even looked at: the written path must already lie under a root.
      if (!roots.some((r) => isInside(r.given, target) || isInside(r.real, target))) throw outside();
      const { real, toCreate } = await nearestExisting(target);
      if (!roots.some((r) => isInside(r.real, real))) throw outside();
      // Named as the workspace sees it, or as typed for an --allow folder the user named themselves.
      const name = isInside(home, target) ? path.relative(home, target) || '.' : typed;
      if (!(await isFolder(real)))
        throw new AppError('bad-request', `"${name}" is not a folder: it is a file, or lies under one. Pick a folder.`);
      if (toCreate.length > 0 && purpose === 'import')
        throw new AppError('not-found', `The folder "${name}" does not exist. Create it first or pick another.`);
      return path.join(real, ...toCreate);
    },
  };
}

/** The API with export and import confined by the policy, each given the real folder it resolved. */
export function limitToFolderPolicy(api: Api, policy: FolderPolicy): Api {
  return {
    ...api,
    exportDecisions: async (req) => api.exportDecisions({ ...req, dir: await policy.resolve(req.dir, 'export') }),
    importDecisions: async (req) => api.importDecisions({ ...req, dir: await policy.resolve(req.dir, 'import') }),
  };
}
