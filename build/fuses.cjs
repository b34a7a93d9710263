// electron-builder afterPack hook: turns off Electron features an attacker could use against the packaged app.
const { existsSync } = require('node:fs');
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

// A stand-in Electron distribution (build/stand-in-electron.js) carries this file, and electron-builder copies it into
// the packaged folder. The marker, not an environment variable, decides: a variable left set would silently ship a real
// build without its fuses, while the marker only ever comes with the stand-in's fake executable.
const standInMarker = 'stand-in-electron.txt';

const executableName = {
  darwin: (ctx) => `${ctx.packager.appInfo.productFilename}.app`,
  win32: (ctx) => `${ctx.packager.appInfo.productFilename}.exe`,
  linux: (ctx) => ctx.packager.executableName,
};

exports.standInMarker = standInMarker;

exports.default = async function afterPack(context) {
  if (existsSync(path.join(context.appOutDir, standInMarker))) {
    // @electron/fuses rewrites a sentinel inside the real Electron binary; the stand-in's executable is a shell script.
    console.log('afterPack: fuses not flipped: packaged against the stand-in Electron, whose executable has no fuses');
    return;
  }
  const platform = context.electronPlatformName;
  await flipFuses(path.join(context.appOutDir, executableName[platform](context)), {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platform === 'darwin',
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  });
};
