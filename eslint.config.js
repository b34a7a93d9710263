// Lint: TypeScript and Svelte rules, file naming, and the layering of DESIGN.md read off each file's path.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { fileNaming } from './build/eslint-rules/file-naming.js';
import { layering } from './build/eslint-rules/layering.js';
import { layers } from './build/eslint-rules/layers.js';

// Names only Node has and names only a browser has: each environment refuses the other's, pure code both.
const nodeOnly = ['process', 'require', 'module', 'exports', 'Buffer', '__dirname', '__filename', 'global'];
const browserOnly = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'];

// The globals each environment has (ES globals come with the language), and those it refuses.
const environments = {
  pure: { runsIn: 'every environment', globals: {}, refused: [...nodeOnly, ...browserOnly] },
  // The sandboxed preload only hands electron's ipcRenderer to the page through contextBridge.
  preload: { runsIn: 'the sandboxed preload', globals: {}, refused: [...nodeOnly, ...browserOnly] },
  node: { runsIn: 'Node', globals: globals.nodeBuiltin, refused: browserOnly },
  browser: { runsIn: 'the browser', globals: globals.browser, refused: nodeOnly },
};

// Tooling (tests/, build/, config files and the tests beside the code) runs under Node and drives browsers.
const tooling = { languageOptions: { globals: { ...globals.browser, ...globals.node } } };
const toolingInLayers = ['**/*.test.ts', '**/*.config.ts'];

function environmentRules(folder, { runsIn, refused }) {
  const message = (name) => `${name} does not exist where ${folder}/ runs (${runsIn}).`;
  return {
    'no-restricted-globals': ['error', ...refused.map((name) => ({ name, message: message(name) }))],
    // globalThis.process is the same global spelled another way.
    'no-restricted-properties': [
      'error',
      ...refused.map((property) => ({ object: 'globalThis', property, message: message(property) })),
    ],
  };
}

export default ts.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'tests/lint/fixtures/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    plugins: { local: { rules: { 'file-naming': fileNaming, layering } } },
    rules: {
      'local/file-naming': 'error',
      // Applies everywhere: the rule reads each file's layer off its path, so no glob here can leave a file out.
      'local/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { ignores: layers.map(({ folder }) => `${folder}/**`), ...tooling },
  { files: toolingInLayers, ...tooling },
  ...layers.map(({ folder, env }) => ({
    files: [`${folder}/**`],
    ignores: toolingInLayers,
    languageOptions: { globals: environments[env].globals },
    rules: environmentRules(folder, environments[env]),
  })),
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
    files: ['renderer/lib/viz/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(decisions|screens|state)/|analysis-to-decision',
              message: 'A chart layout is geometry from data: it imports no editor, screen or state module.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/lib/decisions/**', 'renderer/screens/decisions/**', 'renderer/screens/tradeoffs/analyses/**'],
    ignores: ['**/*Chart.svelte'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)viz/[^/]+/layout',
              message: 'Editors do not import chart layouts; shared formatting lives in electron/common/format.ts.',
            },
          ],
        },
      ],
    },
  },
);
