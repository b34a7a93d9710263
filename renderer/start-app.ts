// The composition root: makes each state object once, wires them together and mounts the app with them (started by
// the entry script, renderer/main.ts, with the API and the list's first answer it asked for).
import { mount } from 'svelte';
import type { Api, ApiEvents, DecisionChanges } from '../electron/common/api.ts';
import { loadCatalog } from './lib/catalog-data.ts';
import { CatalogSearch } from './lib/catalog-search.ts';
import App from './App.svelte';
import { afterNextPaint } from './lib/after-paint.ts';
import { Commands, navigationCommands } from './lib/commands.ts';
import { appContext } from './lib/context.ts';
import { decisionCommands } from './lib/decisions/decision-commands.ts';
import { messageOf } from './lib/decisions/decision-rows.svelte.ts';
import { DecisionsState } from './lib/decisions/decisions-state.svelte.ts';
import { Saves } from './lib/editing/saves.ts';
import { Toast } from './lib/editing/toast.svelte.ts';
import { installExitFlush } from './lib/exit-flush.ts';
import { pageReady } from './lib/page-ready.ts';
import { analysisCommands } from './lib/state/analysis-commands.ts';
import { Analyses } from './lib/state/analyses.svelte.ts';
import { Router } from './lib/state/router.svelte.ts';
import { Team } from './lib/state/team.svelte.ts';
import { Workspace } from './lib/state/workspace.svelte.ts';
import { exampleAnalysis } from './screens/tradeoffs/analyses/analysis-edits.ts';

export async function startApp(api: Api & ApiEvents, firstScreen: Promise<DecisionChanges>): Promise<void> {
  const router = new Router();
  const toast = new Toast();
  // The rest of a large list is read once the app's first frame is painted: reading 20,000 rows while it mounts held
  // that frame back (the first screen's answer can come before the app has mounted, and a blank page paints too).
  let mounted = () => {};
  const appMounted = new Promise<void>((resolve) => (mounted = resolve));
  const decisions = new DecisionsState({
    api,
    open: (id) => router.go({ section: 'decisions', id }),
    toast,
    firstScreen,
    painted: () => appMounted.then(afterNextPaint),
  });
  const listRead = decisions.load();
  const search = new CatalogSearch();
  // The catalogue comes as JSON beside the page, fetched while the script starts. The Decisions screen shows before
  // it is parsed (only its menus and the editor show entries, and they wait for it); every other screen after.
  const catalogRead = (
    router.route.section === 'decisions' ? appMounted.then(afterNextPaint).then(() => loadCatalog()) : loadCatalog()
  ).then((catalog) => search.use(catalog.entries));
  if (router.route.section !== 'decisions') await catalogRead;
  // Opened on the Decisions screen, the app is up when the catalogue fails: the list stays and says why it lacks it.
  else void catalogRead.catch((e: unknown) => toast.show(`${messageOf(e)} Reload the page to try again.`));
  const workspace = new Workspace(api);
  // The catalogue's search index is built when the page is idle once the list is in: neither screen waits for it.
  void Promise.allSettled([listRead, catalogRead]).then(() => search.buildWhenIdle());
  const analyses = new Analyses({
    api,
    open: (id) => router.go({ section: 'tradeoffs', view: 'analyses', id }),
    example: exampleAnalysis,
    toast,
  });
  const team = new Team(api, () => analyses.selected);
  const saves = new Saves(() => workspace.status, [decisions.autosave, analyses.autosave]);
  const commands = new Commands([
    ...navigationCommands(router),
    ...decisionCommands(decisions, router),
    ...analysisCommands(analyses, router),
  ]);

  // Git or another editor changed record files: read the list again (unsaved edits stay, and meet the file on save).
  workspace.onDiskChange(() => void decisions.load());
  // A teammate's judge file arrived by git pull: read the selected analysis's judges again.
  workspace.onJudgesChange(() => void team.load(analyses.selectedId));
  workspace.connect();
  installExitFlush(saves);

  await pageReady();
  mount(App, {
    target: document.getElementById('app')!,
    context: appContext({ api, router, workspace, search, commands, decisions, analyses, team, toast, saves }),
  });
  mounted();
}
