// Bundles the benchmarks (TypeScript) into dist/bench so plain Node runs them.
import { build } from 'esbuild';

await build({
  entryPoints: ['tests/bench/run.ts'],
  outfile: 'dist/bench/run.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
