// Commands the palette offers besides entries; other screens register theirs here.
import { entryKinds, kindLabels } from '../../catalog/index.ts';
import { sections } from './sections.ts';
import { router } from './state/router.svelte.ts';

export interface Command {
  id: string;
  label: string;
  run(): void;
}

const registry: Command[] = [
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

export function registerCommands(commands: Command[]): void {
  for (const c of commands) if (!registry.some((r) => r.id === c.id)) registry.push(c);
}

/** Commands whose every query word starts a word of the label. */
export function matchCommands(query: string): Command[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return registry.slice(0, 8);
  return registry.filter((c) => {
    const labelWords = c.label.toLowerCase().split(/\s+/);
    return words.every((w) => labelWords.some((l) => l.startsWith(w)));
  });
}
