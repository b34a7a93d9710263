// The command registry: features add their commands once, and the palette matches them word by word.
import { describe, expect, it, vi } from 'vitest';
import { Commands, navigationCommands } from './commands.ts';

const router = { go: vi.fn(), back: vi.fn(), forward: vi.fn() };

describe('Commands', () => {
  it('matches when every query word starts a word of the label', () => {
    const commands = new Commands(navigationCommands(router));
    expect(commands.match('go dec').map((c) => c.id)).toEqual(['go:decisions']);
    expect(commands.match('stage map').map((c) => c.id)).toEqual(['map:stages']);
    expect(commands.match('')).toHaveLength(8);
  });

  it('keeps the first command registered under an id', () => {
    const commands = new Commands([{ id: 'x', label: 'First thing', run: () => {} }]);
    commands.register([{ id: 'x', label: 'Second thing', run: () => {} }]);
    expect(commands.match('thing').map((c) => c.label)).toEqual(['First thing']);
  });

  it('runs navigation through the router it was given', () => {
    const [goCatalogue] = navigationCommands(router);
    goCatalogue!.run();
    expect(router.go).toHaveBeenCalledWith({ section: 'catalog', browse: 'kind', group: 'challenge', id: null });
  });
});
