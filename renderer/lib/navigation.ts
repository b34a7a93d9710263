// Opening an entry: stay in the current list when the entry is in it, otherwise go to the entry's own kind.
import { entriesFor, homeOf } from './catalog-groups.ts';
import { formatRoute, type Route } from './routes.ts';

export function entryRoute(id: string, from: Route): Route {
  if (from.section === 'catalog' && entriesFor(from.browse, from.group).some((e) => e.id === id)) {
    return { ...from, id };
  }
  const home = homeOf(id);
  return home ? { section: 'catalog', ...home } : { section: 'entry', id };
}

export function entryHref(id: string, from: Route): string {
  return formatRoute(entryRoute(id, from));
}
