// The catalogue the renderer reads: fetched as JSON once at start (never inlined in the script), then shared.
import { Catalog } from '../../catalog/catalog.ts';
import type { CatalogData } from '../../catalog/schema.ts';
import { catalogReady } from './catalog-ready.svelte.ts';

/** Set once by loadCatalog before the app mounts; every module reads it through this live binding. */
export let catalog: Catalog;

/** Fetches the catalogue the build emitted beside the page (dist/renderer/catalog.json). */
export async function loadCatalog(url = 'catalog.json'): Promise<Catalog> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`The catalogue could not be loaded (${response.status} ${response.statusText}).`);
  return useCatalog(new Catalog((await response.json()) as CatalogData));
}

/** Uses a catalogue already at hand: tests, which read the data files directly. */
export function useCatalog(c: Catalog): Catalog {
  catalog = c;
  catalogReady.value = true;
  return c;
}
