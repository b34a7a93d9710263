// The app's one decisions state, wired to the API, router and search index; and the decision commands.
import { registerCommands } from '../commands.ts';
import { api } from '../api/client.ts';
import { decisionKind } from '../decisions/decision-search-doc.ts';
import { DecisionsState } from '../decisions/decisions-state.svelte.ts';
import { router } from './router.svelte.ts';
import { searchIndex } from './search.ts';

export function openDecision(id: string | null): void {
  router.go({ section: 'decisions', id });
}

/** Goes to the decisions screen, staying on the open decision if there is one. */
function showDecisions(): void {
  const { route } = router;
  openDecision(route.section === 'decisions' ? route.id : null);
}

/** Whether a search or palette hit is a decision (open it with openDecision) rather than a catalogue entry. */
export function isDecisionHit(hit: { kind: string }): boolean {
  return hit.kind === decisionKind;
}

export const decisions = new DecisionsState({
  api,
  index: searchIndex,
  open: openDecision,
});
void decisions.load();

registerCommands([
  {
    id: 'decision:new',
    label: 'New decision',
    run: () => {
      showDecisions();
      decisions.creating = true;
    },
  },
  { id: 'decision:example', label: 'New decision from the example', run: () => void decisions.createExample() },
  {
    id: 'decision:export',
    label: 'Export decisions…',
    run: () => {
      showDecisions();
      decisions.dialog = 'export';
    },
  },
  {
    id: 'decision:import',
    label: 'Import decisions…',
    run: () => {
      showDecisions();
      decisions.dialog = 'import';
    },
  },
  { id: 'decision:undo', label: 'Undo last change to a decision', run: () => decisions.undoLast() },
]);
