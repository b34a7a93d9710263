// Lint rule: kebab-case .ts/.js files (with an optional .svelte.ts / .test.ts suffix) and PascalCase .svelte components.
import path from 'node:path';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*(\.(svelte|test|spec|config|d))?\.(ts|js|cjs|mjs)$/;
const pascal = /^[A-Z][A-Za-z0-9]*\.svelte$/;

export const fileNaming = {
  meta: { type: 'suggestion', schema: [], messages: { bad: '{{name}}: {{expected}}' } },
  create(context) {
    const name = path.basename(context.filename);
    const svelte = name.endsWith('.svelte');
    const ok = svelte ? pascal.test(name) : kebab.test(name);
    if (!ok) {
      context.report({
        loc: { line: 1, column: 0 },
        messageId: 'bad',
        data: { name, expected: svelte ? 'Svelte components are PascalCase' : 'modules are kebab-case' },
      });
    }
    return {};
  },
};
