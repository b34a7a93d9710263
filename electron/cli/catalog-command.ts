// `tradeoff-atlas catalog`: the whole catalogue as JSON (the contract in DESIGN.md), or a summary of its parts.
import { catalog } from '../../catalog/index.ts';
import { kindLabels, entryKinds } from '../../catalog/entries.ts';

export function catalogCommand(opts: { json?: boolean }): string {
  if (opts.json) return JSON.stringify(catalog.data, null, 2);
  const counts = entryKinds.map(
    (k) => `${kindLabels[k].many.padEnd(20)} ${catalog.entries.filter((e) => e.kind === k).length}`,
  );
  return [`${catalog.data.meta.title}`, '', ...counts, '', 'Use --json for the whole catalogue.'].join('\n');
}
