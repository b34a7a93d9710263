// Finds the Electron binary that `npm ci` downloads; null where it was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function electronBinary(): string | null {
  try {
    // The electron package's main export is the path of its downloaded executable, and throws when there is none.
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

export const noBinaryReason =
  'No Electron binary: it was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or no network to its host). ' +
  'Run `npm ci` where Electron can be downloaded to run these tests.';
