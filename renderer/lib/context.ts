// The app's state objects, made once by the composition root (renderer/main.ts) and read by components from Svelte context.
import { getContext } from 'svelte';
import type { CatalogSearch } from './catalog-search.ts';
import type { Api } from '../../electron/common/api.ts';
import type { Commands } from './commands.ts';
import type { DecisionsState } from './decisions/decisions-state.svelte.ts';
import type { Saves } from './editing/saves.ts';
import type { Toast } from './editing/toast.svelte.ts';
import type { Analyses } from './state/analyses.svelte.ts';
import type { Router } from './state/router.svelte.ts';
import type { Team } from './state/team.svelte.ts';
import type { Workspace } from './state/workspace.svelte.ts';

export interface AppState {
  api: Api;
  router: Router;
  workspace: Workspace;
  /** The one search index the search box and the command palette share. */
  search: CatalogSearch;
  commands: Commands;
  decisions: DecisionsState;
  analyses: Analyses;
  /** The judges of the selected analysis. */
  team: Team;
  /** The one toast every screen shows its "…  Undo" messages in. */
  toast: Toast;
  /** Every saver and the host as one save status. */
  saves: Saves;
}

const keys: { readonly [K in keyof AppState]: symbol } = {
  api: Symbol('api'),
  router: Symbol('router'),
  workspace: Symbol('workspace'),
  search: Symbol('search'),
  commands: Symbol('commands'),
  decisions: Symbol('decisions'),
  analyses: Symbol('analyses'),
  team: Symbol('team'),
  toast: Symbol('toast'),
  saves: Symbol('saves'),
};

/** The context to mount the app with: `mount(App, { target, context: appContext(state) })`. */
export function appContext(state: AppState): Map<symbol, unknown> {
  return new Map((Object.keys(keys) as (keyof AppState)[]).map((name) => [keys[name], state[name]]));
}

/** One of the app's state objects; call it while a component initialises, like getContext. */
export function fromContext<K extends keyof AppState>(name: K): AppState[K] {
  const value = getContext<AppState[K] | undefined>(keys[name]);
  if (value === undefined) throw new Error(`No ${name} in context: mount the app with appContext().`);
  return value;
}
