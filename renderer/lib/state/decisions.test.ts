// The app's decisions state: its commands, and opening decision hits from search and the palette.
import { beforeEach, describe, expect, it, vi } from 'vitest';

const mocks = vi.hoisted(() => ({
  go: vi.fn(),
  route: { section: 'decisions', id: 'open-one' } as { section: string; id?: string | null },
  registered: [] as { id: string; label: string; run: () => void }[],
}));

vi.mock('../api/client.ts', () => ({ api: { listDecisions: async () => [] } }));
vi.mock('./router.svelte.ts', () => ({
  router: {
    go: mocks.go,
    get route() {
      return mocks.route;
    },
  },
}));
vi.mock('../commands.ts', () => ({ registerCommands: (cs: typeof mocks.registered) => mocks.registered.push(...cs) }));

const { decisions, isDecisionHit, openDecision } = await import('./decisions.svelte.ts');
const command = (label: string) => mocks.registered.find((c) => c.label === label)!;

beforeEach(() => mocks.go.mockClear());

describe('decisions state', () => {
  it('opens decision hits in the decisions section', () => {
    expect(isDecisionHit({ kind: 'decision' })).toBe(true);
    expect(isDecisionHit({ kind: 'challenge' })).toBe(false);
    openDecision('abc');
    expect(mocks.go).toHaveBeenCalledWith({ section: 'decisions', id: 'abc' });
  });

  it('registers the decision commands', () => {
    expect(mocks.registered.map((c) => c.label)).toEqual(
      expect.arrayContaining(['New decision', 'Export decisions…', 'Import decisions…']),
    );
  });

  it('opens the export dialog on the open decision', () => {
    command('Export decisions…').run();
    expect(mocks.go).toHaveBeenCalledWith({ section: 'decisions', id: 'open-one' });
    expect(decisions.dialog).toBe('export');
  });

  it('opens the title prompt for a new decision from another section', () => {
    mocks.route = { section: 'catalog' };
    command('New decision').run();
    expect(mocks.go).toHaveBeenCalledWith({ section: 'decisions', id: null });
    expect(decisions.creating).toBe(true);
  });
});
