// Builds the Svelte renderer into dist/renderer, served by the app:// protocol (Electron) and the web host.
import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext, OutputBundle } from 'rolldown';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { catalogData } from '../catalog/data.ts';

/**
 * JSON with each character beyond ASCII written as a \u escape. A page decodes a text of ASCII only at a fraction of the
 * cost of one with a single other character, which it must widen to UTF-16 whole (the catalogue has a few hundred).
 */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The catalogue as a JSON file beside the page: fetched at start, so no script carries it. */
function catalogJson(): Plugin {
  const source = asciiJson(catalogData);
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

/** A chunk's file and the files of every chunk it imports, and of theirs. */
function withImports(bundle: OutputBundle, fileName: string, seen = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return seen;
  seen.add(fileName);
  for (const imported of chunk.imports) withImports(bundle, imported, seen);
  return seen;
}

/** The chunk built from a source file (its path's end), which must have one of its own. */
function chunkFrom(bundle: OutputBundle, source: string): string {
  const chunk = Object.values(bundle).find((c) => c.type === 'chunk' && c.facadeModuleId?.endsWith(source));
  if (!chunk) throw new Error(`${source} was not built as a chunk of its own`);
  return chunk.fileName;
}

/** The stylesheets the chunks import. */
const stylesheetsOf = (bundle: OutputBundle, files: Iterable<string>) =>
  new Set(
    [...files].flatMap((f) => [...(bundle[f]?.type === 'chunk' ? (bundle[f].viteMetadata?.importedCss ?? []) : [])]),
  );

/**
 * Named in the page, so the browser fetches and parses them beside the entry script rather than after it has run: the
 * app's code (renderer/start-app.ts, which the entry script imports once it has asked for the list) and its
 * stylesheets, and the Decisions screen's code and stylesheets. A screen's code is imported once its stylesheets have
 * loaded, and their load events wait behind the app's start-up; with them in the page, the screen's code is imported
 * at once. The Decisions screen's scripts too: every page reads the list at start, and the entry script adding their
 * preloads itself cost a fresh tab's start about 100 ms more (median of 14 alternated loads at 20,000 records).
 */
function preloadApp(): Plugin {
  return {
    name: 'atlas-preload-app',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return [];
        // What Vite named for the entry script already is not named twice.
        const named = (f: string) => html.includes(`"./${f}"`);
        const app = withImports(bundle, chunkFrom(bundle, '/renderer/start-app.ts'));
        const decisions = withImports(bundle, chunkFrom(bundle, '/renderer/screens/decisions/DecisionsScreen.svelte'));
        const css = new Set([...stylesheetsOf(bundle, app), ...stylesheetsOf(bundle, decisions)]);
        return [
          ...[...new Set([...app, ...decisions])]
            .filter((f) => !named(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${f}` } })),
          ...[...css]
            .filter((f) => !named(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'stylesheet', crossorigin: true, href: `./${f}` } })),
        ].map((tag) => ({ ...tag, injectTo: 'head' as const }));
      },
    },
  };
}

/** The modules a module imports statically, and theirs: scripts only (stylesheets are bundled apart). */
function staticImports(ctx: ChunkingContext, from: string, seen = new Set<string>()): Set<string> {
  if (seen.has(from) || /\.css($|\?)|[?&]type=style/.test(from)) return seen;
  seen.add(from);
  for (const id of ctx.getModuleInfo(from)?.importedIds ?? []) staticImports(ctx, id, seen);
  return seen;
}

/**
 * Names the chunks of the code before the first screen: the app's (what renderer/start-app.ts imports, and what that
 * imports) in one chunk rather than a score of small ones shared with the screens, each a request, a response and a
 * module to link before the app starts; and what the entry script imports apart from it (else the bundler moves it
 * into the app's chunk), so the entry still runs, and asks for the list, before the app's code has loaded.
 */
function startChunks(): (id: string, ctx: ChunkingContext) => string | null {
  const main = fileURLToPath(new URL('./main.ts', import.meta.url));
  let entry: Set<string> | undefined;
  let app: Set<string> | undefined;
  return (id, ctx) => {
    entry ??= staticImports(ctx, main);
    app ??= staticImports(ctx, fileURLToPath(new URL('./start-app.ts', import.meta.url)));
    // The entry script stays a chunk of its own: the app's chunk imports what it shares with it, and importing the
    // entry itself, which awaits the app, would never settle.
    if (id === main) return null;
    if (entry.has(id)) return 'entry';
    return app.has(id) ? 'start-app' : null;
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [svelte(), catalogJson(), preloadApp()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2023',
    // Inline nothing: the strict CSP allows scripts and fonts from 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // ASCII for the reason the catalogue's JSON is (asciiJson): the scripts have a few characters beyond it.
      output: { charset: 'ascii', codeSplitting: { groups: [{ name: startChunks() }] } },
    },
    reportCompressedSize: false,
  },
});
