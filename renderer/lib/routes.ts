// URL hash ⇄ route: every screen and entry has a deep link, and browser history gives back/forward.
export type Browse = 'kind' | 'stage' | 'rq';
export type MapName = 'stages' | 'triangle' | 'coverage' | 'timeline' | 'graph' | 'papers';
export type TradeoffView = 'matrix' | 'analyses';

export type Route =
  | { section: 'catalog'; browse: Browse; group: string; id: string | null }
  | { section: 'maps'; map: MapName; id: string | null }
  | { section: 'decisions'; id: string | null }
  | { section: 'tradeoffs'; view: TradeoffView; id: string | null }
  | { section: 'entry'; id: string };

const mapNames: ReadonlySet<MapName> = new Set(['stages', 'triangle', 'coverage', 'timeline', 'graph', 'papers']);

export const defaultRoute: Route = { section: 'catalog', browse: 'kind', group: 'challenge', id: null };

const clean = (part: string | undefined) => (part ? decodeURIComponent(part) : null);

export function parseHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const [section, a, b, c] = parts;
  try {
    switch (section) {
      case 'catalog': {
        const browse: Browse = a === 'stage' || a === 'rq' ? a : 'kind';
        return { section, browse, group: clean(b) ?? (browse === 'kind' ? 'challenge' : ''), id: clean(c) };
      }
      case 'maps':
        return { section, map: mapNames.has(a as MapName) ? (a as MapName) : 'stages', id: clean(b) };
      case 'decisions':
        return { section, id: clean(a) };
      case 'tradeoffs':
        return { section, view: a === 'analyses' ? 'analyses' : 'matrix', id: clean(b) };
      case 'entry':
        return a ? { section, id: decodeURIComponent(a) } : defaultRoute;
      default:
        return defaultRoute;
    }
  } catch {
    return defaultRoute; // a malformed %-escape in a hand-typed link
  }
}

const enc = encodeURIComponent;

export function formatRoute(route: Route): string {
  switch (route.section) {
    case 'catalog':
      return `#/catalog/${route.browse}/${enc(route.group)}${route.id ? `/${enc(route.id)}` : ''}`;
    case 'maps':
      return `#/maps/${route.map}${route.id ? `/${enc(route.id)}` : ''}`;
    case 'decisions':
      return `#/decisions${route.id ? `/${enc(route.id)}` : ''}`;
    case 'tradeoffs':
      return `#/tradeoffs/${route.view}${route.id ? `/${enc(route.id)}` : ''}`;
    case 'entry':
      return `#/entry/${enc(route.id)}`;
  }
}
