// The current route as reactive state, driven by the URL hash so history, deep links and reloads agree.
import { formatRoute, parseHash, type Route } from '../routes.ts';

export class Router {
  route = $state<Route>(parseHash(location.hash));

  constructor() {
    window.addEventListener('hashchange', () => {
      this.route = parseHash(location.hash);
    });
  }

  go(route: Route, opts: { replace?: boolean } = {}): void {
    const hash = formatRoute(route);
    if (hash === location.hash) return;
    if (opts.replace) {
      history.replaceState(history.state, '', hash);
      this.route = parseHash(hash);
    } else {
      location.hash = hash;
    }
  }

  back(): void {
    history.back();
  }

  forward(): void {
    history.forward();
  }
}
