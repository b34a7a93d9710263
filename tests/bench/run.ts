// `npm run bench`: every performance target of the product, measured and printed against its target or peer.
// `npm run bench -- adr store` runs only the named sections.
import { adrBench } from './adr-bench.ts';
import { rendererBench } from './renderer-bench.ts';
import { scoringBench } from './scoring-bench.ts';
import { storeBench } from './store-bench.ts';
import { uiBench } from './ui-bench.ts';

const sections: Record<string, () => Promise<void>> = {
  renderer: rendererBench,
  scoring: scoringBench,
  store: storeBench,
  adr: adrBench,
  ui: uiBench,
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !(w in sections));
if (unknown.length)
  throw new Error(`Unknown benchmark ${unknown.join(', ')}: choose from ${Object.keys(sections).join(', ')}.`);

console.log(`Tradeoff Atlas benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
for (const [name, run] of Object.entries(sections)) if (wanted.length === 0 || wanted.includes(name)) await run();
