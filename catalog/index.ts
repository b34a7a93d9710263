// The catalogue every host and the renderer share: one instance over the bundled data.
import { Catalog } from './catalog.ts';
import { catalogData } from './data.ts';

export const catalog = new Catalog(catalogData);
export { Catalog } from './catalog.ts';
export type { Entry, EntryKind } from './entries.ts';
export { entryKinds, kindLabels } from './entries.ts';
