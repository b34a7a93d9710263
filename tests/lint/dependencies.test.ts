// Every runtime dependency is imported by the app's own code, and every package the Node side may import is one.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isConfigFile, isTestFile, layers, packageName } from '../../build/eslint-rules/layers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies: object };
const runtime = Object.keys(pkg.dependencies);

const production = ['catalog', 'electron', 'renderer']
  .flatMap((dir) => readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => `${dir}/${f}`))
  .filter((file) => /\.(ts|js|svelte)$/.test(file) && !isTestFile(file) && !isConfigFile(file));

// import … from 'x', export … from 'x', import 'x', import('x') and require('x').
const specifier = /(?<![.\w$])(?:from\s+|import\s*\(?\s*|require\s*\(\s*)['"]([^'"\n]+)['"]/g;
const imported = new Set(
  production
    .flatMap((file) => [...readFileSync(path.join(root, file), 'utf8').matchAll(specifier)].map((m) => m[1]!))
    .filter((s) => !s.startsWith('.') && !s.startsWith('node:'))
    .map(packageName),
);

// esbuild leaves packages out of the Node bundles and electron-builder packs only `dependencies`; Vite bundles
// the renderer and esbuild the sandboxed preload whole, so their packages are not looked up at run time.
const bundledWhole = new Set(['renderer', 'preload']);
const nodeSidePackages = layers.filter((l) => !bundledWhole.has(l.name)).flatMap((l) => l.packages);

describe('dependencies', () => {
  it.each(runtime)('%s is imported under catalog/, electron/ or renderer/', (dependency) => {
    expect(imported).toContain(dependency);
  });

  it.each([...new Set(nodeSidePackages)])('%s, which the Node side may import, is a runtime dependency', (name) => {
    expect(runtime).toContain(name);
  });
});
