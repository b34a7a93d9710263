// Bundles the Node-side entry points (Electron main + preload, web host, CLI) with esbuild into dist/.
import { chmod, rm, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  // Dependencies are resolved from node_modules at run time (and packed by electron-builder).
  packages: 'external',
};

// commander requires node:child_process up front, for subcommands that are programs of their own; ours never are, and
// loading child_process (and the net, dgram and stream modules under it) was most of `--help`'s cost over bare Node.
// The CLI bundle gets it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/commander/`) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents:
        "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

// The modules cli-main.ts imports as it runs a command.
const commandModules = [
  'catalog-command',
  'list-command',
  'record-commands',
  'adr-commands',
  'lint-command',
  'score-command',
];

// cli-main.ts imports a command's module when it runs it: from the entry, that is the command's own ES module.
const commandsApart = {
  name: 'commands-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/[\w-]+\.ts$/ }, (args) => {
      const name = args.path.slice(2, -3);
      if (args.kind !== 'dynamic-import' || !commandModules.includes(name)) return undefined;
      return { path: `./commands/${name}.mjs`, external: true };
    });
  },
};

// The CLI's chunks are named by content hash: a rebuild must not leave the previous build's beside them.
await rm('dist/cli', { recursive: true, force: true });

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main/main.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    external: ['electron'],
  }),
  // A sandboxed preload cannot load modules, so it is bundled whole, with only `electron` left out.
  build({
    ...common,
    packages: undefined,
    entryPoints: ['electron/preload/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    external: ['electron'],
  }),
  build({ ...common, entryPoints: ['electron/web/web-main.ts'], outfile: 'dist/web/web.js', format: 'esm' }),
  // The command line's entry: commander and the list of commands, as CommonJS. Node starts an ES module entry through
  // its ES module loader, which cost `--help` 15 ms of CPU over bare Node; a CommonJS entry needs none of it.
  build({
    ...common,
    packages: undefined,
    entryPoints: { 'tradeoff-atlas': 'electron/cli/cli-main.ts' },
    outdir: 'dist/cli',
    format: 'cjs',
    plugins: [lazyChildProcess, commandsApart],
    banner: { js: '#!/usr/bin/env node' },
  }),
  // Each command's code, imported when that command runs, split into chunks so a command loads only its own code.
  // Its dependencies are bundled too: Node's ESM loader resolving and linking markdown-it's and yaml's dozens of files
  // took a quarter of the CPU of listing 1,000 records.
  build({
    ...common,
    packages: undefined,
    entryPoints: commandModules.map((name) => `electron/cli/${name}.ts`),
    outdir: 'dist/cli/commands',
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    format: 'esm',
    // CommonJS dependencies (yaml) call require() for Node's own modules, which an ES module lacks.
    banner: {
      js: "import { createRequire as createRequireForBundled } from 'node:module';\nconst require = createRequireForBundled(import.meta.url);",
    },
  }),
]);

// The entry is CommonJS in a package whose other files are ES modules: the folder says so for its `.js` files.
await writeFile('dist/cli/package.json', `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// The CLI runs as a program too (./dist/cli/tradeoff-atlas.js), not only through npx.
await chmod('dist/cli/tradeoff-atlas.js', 0o755);
