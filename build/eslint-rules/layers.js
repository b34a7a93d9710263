// The layering of DESIGN.md as data: each folder's environment and the closed list of what its files may import.
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * `may` names the targets a layer's files may import: other layers by name, `builtin` (Node's modules),
 * `electron` and `tests` (tests/ and test or config files); `packages` names the npm packages, nothing else.
 * A layer may always import itself, which is listed so that the table reads as the whole truth.
 */
export const layers = [
  {
    name: 'catalog',
    folder: 'catalog',
    env: 'pure',
    may: ['catalog'],
    packages: ['minisearch', 'zod'],
  },
  {
    name: 'common',
    folder: 'electron/common',
    env: 'pure',
    may: ['catalog', 'common'],
    packages: ['markdown-it', 'yaml', 'zod'],
  },
  {
    name: 'node',
    folder: 'electron/node',
    env: 'node',
    may: ['catalog', 'common', 'node', 'builtin'],
    packages: ['chokidar', 'lowdb', 'zod'],
  },
  {
    name: 'main',
    folder: 'electron/main',
    env: 'node',
    may: ['common', 'node', 'main', 'builtin', 'electron'],
    packages: [],
  },
  {
    name: 'preload',
    folder: 'electron/preload',
    env: 'preload',
    may: ['common', 'preload', 'electron'],
    packages: [],
  },
  {
    name: 'web',
    folder: 'electron/web',
    env: 'node',
    may: ['common', 'node', 'web', 'builtin'],
    packages: [],
  },
  {
    name: 'cli',
    folder: 'electron/cli',
    env: 'node',
    may: ['common', 'node', 'cli', 'builtin'],
    packages: ['commander'],
  },
  {
    name: 'renderer',
    folder: 'renderer',
    env: 'browser',
    may: ['catalog', 'common', 'renderer'],
    packages: [
      'd3-force',
      'd3-scale',
      'd3-scale-chromatic',
      'd3-shape',
      'dompurify',
      'markdown-it',
      'mermaid',
      'svelte',
    ],
  },
];

/** Tests beside the code run in Vitest under Node: on top of their folder's list they may reach these. */
export const testExtras = { may: ['tests', 'builtin'], packages: ['fast-check', 'vitest'] };

/** Folders whose every file belongs to a layer: a new folder under electron/ must be added to the table first. */
export const layeredRoots = ['catalog', 'electron', 'renderer'];

const builtins = new Set(builtinModules.flatMap((m) => (m.startsWith('node:') ? [m] : [m, `node:${m}`])));

export const isTestFile = (file) => /\.(test|spec)\.[cm]?[jt]s$/.test(file);
export const isConfigFile = (file) => /\.config\.[cm]?[jt]s$/.test(file);

/** The repository-relative, slash-separated path of an absolute file, or null when it lies outside. */
export function repoPath(file) {
  const rel = path.relative(repoRoot, file);
  return rel.startsWith('..') || path.isAbsolute(rel) ? null : rel.split(path.sep).join('/');
}

export function layerOf(rel) {
  return layers.find((l) => rel === l.folder || rel.startsWith(`${l.folder}/`)) ?? null;
}

/** `@scope/name` or `name`: the package a bare specifier such as `svelte/store` comes from. */
export function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * What an import specifier reaches from `fromFile`: { kind: 'layer', name }, { kind: 'tests' },
 * { kind: 'builtin' }, { kind: 'electron' }, { kind: 'package', name } or { kind: 'unknown', why }.
 */
export function classify(specifier, fromFile) {
  if (specifier.startsWith('.') || specifier.startsWith('/')) {
    const rel = repoPath(path.resolve(path.dirname(fromFile), specifier.replace(/[?#].*$/, '')));
    if (rel === null) return { kind: 'unknown', why: 'a file outside the repository' };
    if (rel.startsWith('tests/') || isTestFile(rel) || isConfigFile(rel)) return { kind: 'tests' };
    const layer = layerOf(rel);
    return layer ? { kind: 'layer', name: layer.name } : { kind: 'unknown', why: `${rel}, which is in no layer` };
  }
  if (builtins.has(specifier)) return { kind: 'builtin' };
  if (specifier.startsWith('node:')) return { kind: 'unknown', why: 'a module Node does not have' };
  if (specifier === 'electron' || specifier.startsWith('electron/')) return { kind: 'electron' };
  if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/.*)?$/.test(specifier)) {
    return { kind: 'unknown', why: 'no npm package name' };
  }
  return { kind: 'package', name: packageName(specifier) };
}
