// Deep links survive a round trip and malformed hashes fall back to the catalogue.
import { describe, expect, it } from 'vitest';
import { defaultRoute, formatRoute, parseHash, type Route } from './routes.ts';

describe('routes', () => {
  const routes: Route[] = [
    { section: 'catalog', browse: 'kind', group: 'challenge', id: 'CM12' },
    { section: 'catalog', browse: 'stage', group: 'model-drift', id: null },
    { section: 'catalog', browse: 'rq', group: 'RQ4', id: 'CS06' },
    { section: 'maps', map: 'triangle', id: 'IS01' },
    { section: 'decisions', id: 'abc 1' },
    { section: 'tradeoffs', view: 'analyses', id: null },
    { section: 'entry', id: 'LR116' },
  ];
  it.each(routes)('round-trips %o', (route) => {
    expect(parseHash(formatRoute(route))).toEqual(route);
  });

  it('falls back to the default for unknown or malformed hashes', () => {
    expect(parseHash('')).toEqual(defaultRoute);
    expect(parseHash('#/nowhere/x')).toEqual(defaultRoute);
    expect(parseHash('#/decisions/%E0%A4%A')).toEqual(defaultRoute);
  });
});
