// Packages the built app with electron-builder against a stand-in Electron and checks app.asar: its entry, every runtime import, and that it holds the app and its production dependencies only.
import { test, expect } from '@playwright/test';
import { extractAll, extractFile, getRawHeader, type DirectoryRecord } from '@electron/asar';
import { build, type Plugin } from 'esbuild';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const root = path.resolve(import.meta.dirname, '../..');
// What `npm run build` writes; dist/ also collects other output, such as the benchmarks of `npm run bench`.
const appOutputs = ['electron', 'renderer', 'web', 'cli'];

const standInReason = 'The stand-in Electron (build/stand-in-electron.js) exists for Linux only.';
if (process.platform !== 'linux') console.log(`[packaging tests skipped] ${standInReason}`);
test.skip(process.platform !== 'linux', standInReason);

let out: string;
let archive: string;
let extracted: string;
let files: string[];

test.beforeAll(async () => {
  test.setTimeout(180_000);
  out = await mkdtemp(path.join(tmpdir(), 'atlas-pack-'));
  await promisify(execFile)(process.execPath, [path.join(root, 'build/stand-in-electron.js'), out], { cwd: root });
  // electron-builder names the folder after the platform and, other than x64, the architecture.
  const unpacked = (await readdir(path.join(out, 'release'))).filter((name) => name.endsWith('-unpacked'));
  expect(unpacked).toHaveLength(1);
  archive = path.join(out, 'release', unpacked[0]!, 'resources', 'app.asar');
  files = filesIn(getRawHeader(archive).header);
  // Resolving imports needs a real folder; extractAll also brings in files kept in app.asar.unpacked.
  extracted = path.join(out, 'extracted');
  extractAll(archive, extracted);
  const { size } = await stat(archive);
  console.log(`app.asar: ${(size / 1e6).toFixed(1)} MB (${size} bytes), ${files.length} files`);
});

test.afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true });
});

test("package.json's main is a file in app.asar", () => {
  const { main } = JSON.parse(extractFile(archive, 'package.json').toString()) as { main: string };
  expect(files).toContain(path.posix.normalize(main));
});

test('every runtime import in dist/ resolves inside app.asar', async () => {
  const sources = files.filter((f) => f.startsWith('dist/') && /\.[cm]?js$/.test(f));
  const imports = (await Promise.all(sources.map((f) => importsOf(f)))).flat();
  console.log(`checked ${imports.length} imports in ${sources.length} files`);
  expect(imports.length).toBeGreaterThan(0);
  expect(imports.filter((i) => !i.resolves).map((i) => `${i.file}: ${i.specifier}`)).toEqual([]);
});

test('app.asar holds the built app and its production dependencies only', async () => {
  // Soft: one run reports every kind of stray content at once.
  expect.soft(new Set(files.map((f) => f.split('/')[0]))).toEqual(new Set(['dist', 'node_modules', 'package.json']));

  const built = (await readdir(path.join(root, 'dist'), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => appOutputs.includes(f.split('/')[1]!) && !f.endsWith('.map'));
  expect.soft(files.filter((f) => f.startsWith('dist/')).sort()).toEqual(built.sort());

  // Across dependencies too: sources, declarations, maps and test suites are never loaded at run time.
  expect
    .soft(files.filter((f) => /\.([cm]?ts|svelte|map)$/.test(f) || /(^|\/)(tests?|__tests__)\//.test(f)))
    .toEqual([]);

  const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
    devDependencies: Record<string, string>;
  };
  const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { name?: string; version: string; dev?: boolean }>;
  };
  // npm marks `dev` every package that only devDependencies need: the rest is the production closure, which
  // includes a devDependency that a production dependency also needs.
  const production = new Set(
    Object.entries(lock.packages)
      .filter(([key, p]) => key !== '' && !p.dev)
      .map(
        ([key, p]) => `${p.name ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${p.version}`,
      ),
  );
  const packed = files
    .filter((f) => /(^|\/)node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(f))
    .map((f) => JSON.parse(extractFile(archive, f).toString()) as { name: string; version: string });
  expect.soft(packed.map((p) => p.name)).toEqual(expect.arrayContaining(Object.keys(pkg.dependencies)));
  expect(
    packed
      .filter((p) => !production.has(`${p.name}@${p.version}`))
      .map((p) => `${p.name}@${p.version}${p.name in pkg.devDependencies ? ' (devDependency)' : ''}`),
  ).toEqual([]);
});

// Every file in the archive, as a '/'-separated path from its root.
function filesIn(dir: DirectoryRecord, prefix = ''): string[] {
  return Object.entries(dir.files).flatMap(([name, entry]) =>
    'files' in entry ? filesIn(entry, `${prefix}${name}/`) : [`${prefix}${name}`],
  );
}

// The static, dynamic and require() imports of one extracted file, each resolved as Node would from where it lies.
// esbuild parses (so strings and comments that look like imports are not taken for them) and resolves, with
// Node's choices: no `module` field or condition, and only the extensions require() itself tries.
async function importsOf(file: string): Promise<{ file: string; specifier: string; resolves: boolean }[]> {
  const found: { file: string; specifier: string; resolves: boolean }[] = [];
  const probe = Symbol('probe');
  const record: Plugin = {
    name: 'record-imports',
    setup(b) {
      b.onResolve({ filter: /.*/ }, async (args) => {
        if (args.kind === 'entry-point' || args.pluginData === probe) return undefined;
        const exempt =
          /^electron(\/|$)/.test(args.path) || args.path.startsWith('node:') || builtinModules.includes(args.path);
        const resolved = exempt
          ? null
          : await b.resolve(args.path, {
              kind: args.kind,
              importer: args.importer,
              resolveDir: args.resolveDir,
              pluginData: probe,
            });
        found.push({
          file,
          specifier: args.path,
          resolves: !resolved || (resolved.errors.length === 0 && resolved.path.startsWith(extracted + path.sep)),
        });
        // Never followed: only this file's own imports are checked.
        return { path: args.path, external: true };
      });
    },
  };
  await build({
    entryPoints: [path.join(extracted, file)],
    bundle: true,
    write: false,
    logLevel: 'silent',
    platform: 'node',
    format: 'esm',
    mainFields: ['main'],
    conditions: [],
    resolveExtensions: ['.js', '.json', '.node'],
    plugins: [record],
  });
  return found;
}
