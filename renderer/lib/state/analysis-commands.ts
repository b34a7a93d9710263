// The palette's analysis commands: a new analysis (blank or from the example) and the analyses list.
import type { Command } from '../commands.ts';
import type { Route } from '../routes.ts';
import type { Analyses } from './analyses.svelte.ts';

export function analysisCommands(analyses: Analyses, router: { go(route: Route): void }): Command[] {
  return [
    { id: 'analysis:new', label: 'New analysis', run: () => void analyses.start() },
    { id: 'analysis:example', label: 'New analysis from the example', run: () => void analyses.start(true) },
    {
      id: 'go:analyses',
      label: 'Go to Analyses',
      run: () => router.go({ section: 'tradeoffs', view: 'analyses', id: null }),
    },
  ];
}
