// Lint: TypeScript and Svelte rules, file naming, and the layering of DESIGN.md read off each file's path.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { fileNaming } from './build/eslint-rules/file-naming.js';

// Import specifiers are matched as regular expressions: gitignore-style globs would take "electron" to mean any path segment.
const nodeBuiltins = '^(node:.*|fs|fs/.*|path|os|child_process|crypto|http|net|url|util|stream)$';
const electron = '^electron(/.*)?$';
const layers = (...groups) => [
  'error',
  { patterns: groups.flatMap(([regexes, message]) => regexes.map((regex) => ({ regex, message }))) },
];
const layer = (regexes, message) => layers([regexes, message]);
const rendererLayer = [
  [nodeBuiltins, electron, '(^|/)electron/(node|web|cli|main|preload)/'],
  'The renderer reaches the hosts only through the API: import catalog/ and electron/common/, nothing else.',
];

export default ts.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { local: { rules: { 'file-naming': fileNaming } } },
    rules: {
      'local/file-naming': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // electron-builder loads its hooks with require(), so they stay CommonJS.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['catalog/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [nodeBuiltins, electron, '(^|/)electron/', '(^|/)renderer/'],
        'catalog/ is pure data and logic: no Node, Electron, host or renderer imports.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'require'],
    },
  },
  {
    files: ['electron/common/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [nodeBuiltins, electron, '(^|/)(node|web|cli|main|preload)/', '(^|/)renderer/'],
        'electron/common/ is pure: no Node, Electron, host or renderer imports.',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'process', 'require'],
    },
  },
  {
    files: ['electron/node/**/*.ts', 'electron/web/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': layer(
        [electron, '(^|/)(main|preload)/', '(^|/)renderer/'],
        'the Node core and its web and CLI hosts run in plain Node: it must never import electron, main, preload or the renderer.',
      ),
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.svelte'],
    ignores: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': layers(rendererLayer) },
  },
  {
    // Flat config replaces a rule's options per file, so these repeat the renderer's layer and add their own.
    files: ['renderer/lib/viz/**/*.ts'],
    rules: {
      'no-restricted-imports': layers(rendererLayer, [
        ['(^|/)(decisions|screens|state)/', 'analysis-to-decision'],
        'A chart layout is geometry from data: it imports no editor, screen or state module.',
      ]),
    },
  },
  {
    files: ['renderer/lib/decisions/**', 'renderer/screens/decisions/**', 'renderer/screens/tradeoffs/analyses/**'],
    ignores: ['**/*Chart.svelte'],
    rules: {
      'no-restricted-imports': layers(rendererLayer, [
        ['(^|/)viz/[^/]+/layout'],
        'Editors do not import chart layouts; shared formatting lives in electron/common/format.ts.',
      ]),
    },
  },
);
