// The decision commands open the decisions screen where they should, and decision hits are told from entries.
import { describe, expect, it, vi } from 'vitest';
import type { Route } from '../routes.ts';
import { decisionCommands } from './decision-commands.ts';
import { isDecisionHit } from './decision-search-doc.ts';
import { Toast } from '../editing/toast.svelte.ts';
import { DecisionsState, type DecisionsDeps } from './decisions-state.svelte.ts';

function setup(route: Route) {
  const router = { route, go: vi.fn() };
  const decisions = new DecisionsState({
    api: {} as DecisionsDeps['api'],
    toast: new Toast(),
    open: vi.fn(),
  });
  const commands = decisionCommands(decisions, router);
  const command = (label: string) => commands.find((c) => c.label === label)!;
  return { router, decisions, command };
}

describe('decision commands', () => {
  it('tells decision hits from catalogue entries', () => {
    expect(isDecisionHit({ kind: 'decision' })).toBe(true);
    expect(isDecisionHit({ kind: 'challenge' })).toBe(false);
  });

  it('opens the export dialog on the open decision', () => {
    const { router, decisions, command } = setup({ section: 'decisions', id: 'open-one' });
    command('Export decisions…').run();
    expect(router.go).toHaveBeenCalledWith({ section: 'decisions', id: 'open-one' });
    expect(decisions.dialog).toBe('export');
  });

  it('opens the title prompt for a new decision from another section', () => {
    const { router, decisions, command } = setup({ section: 'maps', map: 'stages', id: null });
    command('Create decision').run();
    expect(router.go).toHaveBeenCalledWith({ section: 'decisions', id: null });
    expect(decisions.creating).toBe(true);
  });
});
