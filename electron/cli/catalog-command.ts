// `tradeoff-atlas catalog`: the whole catalogue as JSON (the contract in DESIGN.md), or a summary of its parts.
import { catalogJson, catalogSummary } from '../node/api/catalog-report.ts';

export function catalogCommand(opts: { json?: boolean }): string {
  if (opts.json) return catalogJson();
  const { title, counts } = catalogSummary();
  const lines = counts.map(({ label, count }) => `${label.padEnd(20)} ${count}`);
  return [title, '', ...lines, '', 'Use --json for the whole catalogue.'].join('\n');
}
