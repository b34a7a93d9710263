// Unit tests live beside the code they test; end-to-end tests (tests/e2e) belong to Playwright.
import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [svelte()],
  test: {
    include: [
      'catalog/**/*.test.ts',
      'electron/**/*.test.ts',
      'renderer/**/*.test.ts',
      'tests/unit/**/*.test.ts',
      // Not tests/lint/fixtures: those are lint inputs, not tests.
      'tests/lint/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    setupFiles: ['tests/fixtures/use-catalog.ts'],
  },
});
