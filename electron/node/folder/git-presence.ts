// Whether a folder could be inside a git work tree, told without starting git: git finds its repository by looking for
// `.git` (a folder, or a file naming one) in the folder and each folder above it, so without one there is none.
import { lstat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

const present = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/**
 * False only when no `.git` is in `dir` or above it. Starting git from a large process blocks it while the operating
 * system copies the process, so a folder outside any repository should not pay that after every save. The app's git
 * runs never take GIT_DIR and its kin from the environment, so git looks exactly where this does.
 */
export async function mayBeInGitWorkTree(dir: string): Promise<boolean> {
  for (let at = resolve(dir); ; at = dirname(at)) {
    if (await present(join(at, '.git'))) return true;
    if (dirname(at) === at) return false;
  }
}
