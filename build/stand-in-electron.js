// Packages the app with electron-builder (target dir) against a stand-in Electron, so app.asar can be built and checked where the Electron binary cannot be downloaded.
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build, Platform } from 'electron-builder';
import { standInMarker } from './fuses.cjs';

const root = path.resolve(import.meta.dirname, '..');

// For an unpacked electronDist folder, electron-builder copies the folder as it is and then, on Linux, renames
// `electron` to the app's executable: that file is all it requires (it creates resources/ itself). A real
// distribution's LICENSE is moved only if present, and its version and resources/default_app.asar are removed only
// from downloaded zips, so the stand-in leaves all three out rather than ship them in the package.
async function createStandInElectron(dir) {
  await mkdir(dir, { recursive: true });
  await writeFile(
    path.join(dir, 'electron'),
    '#!/bin/sh\necho "stand-in Electron: this package was built to be inspected, not run" >&2\nexit 1\n',
  );
  await chmod(path.join(dir, 'electron'), 0o755);
  await writeFile(
    path.join(dir, standInMarker),
    'Packaged against a stand-in Electron by build/stand-in-electron.js: the executable is a script, not Electron.\n',
  );
}

if (process.platform !== 'linux') {
  // macOS and Windows packaging edits the real executable (Info.plist, PE resources), which a script cannot stand in for.
  console.error(`stand-in-electron: only Linux is supported, not ${process.platform}`);
  process.exit(1);
}

const out = path.resolve(process.argv[2] ?? (await mkdtemp(path.join(tmpdir(), 'atlas-pack-'))));
const standIn = path.join(out, 'stand-in-electron');
await createStandInElectron(standIn);

// The stand-in has no version of its own: it stands in for the electron package installed here.
const { version } = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'));

await build({
  projectDir: root,
  targets: Platform.LINUX.createTarget('dir'),
  publish: 'never',
  config: {
    electronDist: standIn,
    electronVersion: version,
    directories: { output: path.join(out, 'release') },
  },
});
console.log(`packaged into ${path.join(out, 'release')}`);
