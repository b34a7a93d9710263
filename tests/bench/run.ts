// `npm run bench`: every performance target of the product, measured and printed against its target or peer.
// `npm run bench -- cli store` runs only the named sections.
import { adrBench } from './adr-bench.ts';
import { cliBench } from './cli-bench.ts';
import { hostBench } from './host-bench.ts';
import { rendererBench } from './renderer-bench.ts';
import { scoringBench } from './scoring-bench.ts';
import { storeBench } from './store-bench.ts';
import { uiBench } from './ui-bench.ts';

const sections: Record<string, () => Promise<void>> = {
  // Whole processes against the peers' whole processes (list at 1,000, 5,000 and 20,000 records, --help).
  cli: cliBench,
  // The UI figures, on workspaces of the same sizes, are their own section (the renderer's benchmark).
  renderer: rendererBench,
  scoring: scoringBench,
  store: storeBench,
  adr: adrBench,
  ui: uiBench,
  // The web host's own share of the Decisions screen at 20,000 records (start, the list's answer, saves), no browser.
  host: hostBench,
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in sections));
if (unknown.length)
  throw new Error(`Unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(sections).join(', ')}.`);

console.log(`Tradeoff Atlas benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of Object.entries(sections)) if (wanted.length === 0 || wanted.includes(name)) await run();
