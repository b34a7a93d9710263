// Builds the Svelte renderer into dist/renderer, served by the app:// protocol (Electron) and the web host.
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { catalogData } from '../catalog/data.ts';

/** The catalogue as a JSON file beside the page: fetched at start, so no script carries it. */
function catalogJson(): Plugin {
  const source = JSON.stringify(catalogData);
  return {
    name: 'atlas-catalog-json',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'catalog.json', source });
    },
    configureServer(server) {
      server.middlewares.use('/catalog.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json');
        res.end(source);
      });
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [svelte(), catalogJson()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    // Inline nothing: the strict CSP allows scripts and fonts from 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
});
