// electron-builder afterPack hook: turns off Electron features an attacker could use against the packaged app.
const path = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

const executableName = {
  darwin: (ctx) => `${ctx.packager.appInfo.productFilename}.app`,
  win32: (ctx) => `${ctx.packager.appInfo.productFilename}.exe`,
  linux: (ctx) => ctx.packager.executableName,
};

exports.default = async function afterPack(context) {
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
