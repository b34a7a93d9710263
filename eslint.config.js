// Lint: TypeScript and Svelte rules, file naming, and the layering of DESIGN.md read off each file's path.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { fileNaming } from './build/eslint-rules/file-naming.js';

// Import specifiers are matched as regular expressions: gitignore-style globs would take "electron" to mean any path segment.
const nodeBuiltins = '^(node:.*|fs|fs/.*|path|os|child_process|crypto|http|net|url|util|stream)$';
const electron = '^electron(/.*)?$';
const layer = (regexes, message) => ['error', { patterns: regexes.map((regex) => ({ regex, message })) }];

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
    rules: {
      'no-restricted-imports': layer(
        [nodeBuiltins, electron, '(^|/)electron/(node|web|cli|main|preload)/'],
        'The renderer reaches the hosts only through the API: import catalog/ and electron/common/, nothing else.',
      ),
    },
  },
);
