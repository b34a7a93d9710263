// The one search index the search box and the command palette share.
import { catalog } from '../../../catalog/index.ts';
import { SearchIndex } from '../../../catalog/search.ts';

export const searchIndex = new SearchIndex(catalog.entries);
