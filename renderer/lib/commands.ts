// The commands the palette offers besides entries: a registry each feature adds its own to, and the navigation ones.
import { entryKinds, kindLabels } from '../../catalog/entries.ts';
import type { Route } from './routes.ts';
import { sections } from './sections.ts';

export interface Command {
  id: string;
  label: string;
  /** The key that runs it anywhere outside a text field, as the palette and the shortcuts list show it. */
  shortcut?: string;
  run(): void;
}

/** What navigation commands need of the router. */
export interface Navigator {
  go(route: Route): void;
  back(): void;
  forward(): void;
}

export class Commands {
  readonly #list: Command[] = [];

  constructor(commands: Command[] = []) {
    this.register(commands);
  }

  /** Adds commands; an id already registered keeps its first command. */
  register(commands: Command[]): void {
    for (const c of commands) if (!this.#list.some((r) => r.id === c.id)) this.#list.push(c);
  }

  /** Runs the command registered under `id` (a keyboard shortcut's way in); false when there is none. */
  run(id: string): boolean {
    const command = this.#list.find((c) => c.id === id);
    command?.run();
    return command !== undefined;
  }

  /** Commands whose every query word starts a word of the label; the first few when the query is empty. */
  match(query: string): Command[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) return this.#list.slice(0, 8);
    return this.#list.filter((c) => {
      const labelWords = c.label.toLowerCase().split(/\s+/);
      return words.every((w) => labelWords.some((l) => l.startsWith(w)));
    });
  }
}

/** Going to sections, catalogue groupings and maps, and through history. */
export function navigationCommands(router: Navigator): Command[] {
  return [
    ...sections.map((s) => ({ id: `go:${s.id}`, label: `Go to ${s.label}`, run: () => router.go(s.route) })),
    ...entryKinds.map((k) => ({
      id: `browse:${k}`,
      label: `Browse ${kindLabels[k].many.toLowerCase()}`,
      run: () => router.go({ section: 'catalog', browse: 'kind', group: k, id: null }),
    })),
    {
      id: 'browse-by:stage',
      label: 'Browse the catalogue by ML stage',
      run: () => router.go({ section: 'catalog', browse: 'stage', group: 'dataset-creation', id: null }),
    },
    {
      id: 'browse-by:rq',
      label: 'Browse the catalogue by research question',
      run: () => router.go({ section: 'catalog', browse: 'rq', group: 'RQ1', id: null }),
    },
    {
      id: 'map:stages',
      label: 'Open the stage interdependency map',
      run: () => router.go({ section: 'maps', map: 'stages', id: null }),
    },
    {
      id: 'map:triangle',
      label: 'Open the scalability triangle',
      run: () => router.go({ section: 'maps', map: 'triangle', id: null }),
    },
    { id: 'history:back', label: 'Go back', run: () => router.back() },
    { id: 'history:forward', label: 'Go forward', run: () => router.forward() },
  ];
}
