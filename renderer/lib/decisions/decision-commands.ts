// The palette's decision commands: new (blank or from the example), export, import, and undo of the last change.
import type { Command } from '../commands.ts';
import type { Route } from '../routes.ts';
import type { DecisionsState } from './decisions-state.svelte.ts';

export function decisionCommands(
  decisions: DecisionsState,
  router: { readonly route: Route; go(route: Route): void },
): Command[] {
  /** Goes to the decisions screen, staying on the open decision if there is one. */
  const show = () => {
    const { route } = router;
    router.go({ section: 'decisions', id: route.section === 'decisions' ? route.id : null });
  };
  return [
    {
      id: 'decision:new',
      label: 'Create decision',
      shortcut: 'N',
      run: () => {
        show();
        decisions.creating = true;
      },
    },
    { id: 'decision:example', label: 'New decision from the example', run: () => void decisions.createExample() },
    {
      id: 'decision:export',
      label: 'Export decisions…',
      run: () => {
        show();
        decisions.dialog = 'export';
      },
    },
    {
      id: 'decision:import',
      label: 'Import decisions…',
      run: () => {
        show();
        decisions.dialog = 'import';
      },
    },
    { id: 'decision:undo', label: 'Undo last change to a decision', run: () => decisions.undoLast() },
  ];
}
