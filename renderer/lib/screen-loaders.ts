// The screens other than the catalogue, each in its own chunk: loaded when first visited, then kept.
const once = <T>(load: () => Promise<T>) => {
  let loading: Promise<T> | undefined;
  return () => (loading ??= load());
};

export const loadDecisionsScreen = once(() => import('../screens/decisions/DecisionsScreen.svelte'));
export const loadMapsScreen = once(() => import('../screens/maps/MapsScreen.svelte'));
export const loadTradeoffsScreen = once(() => import('../screens/tradeoffs/TradeoffsScreen.svelte'));
export const loadCommandPalette = once(() => import('../components/CommandPalette.svelte'));
export const loadShortcutsDialog = once(() => import('../components/ShortcutsDialog.svelte'));
// The decision editor, apart from the Decisions screen: the list shows without its code (markdown-it among it).
export const loadDecisionDetail = once(() => import('../screens/decisions/DecisionDetail.svelte'));
