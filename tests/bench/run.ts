// `npm run bench`: every performance target of the product, measured and printed against its target or peer.
import { adrBench } from './adr-bench.ts';
import { rendererBench } from './renderer-bench.ts';
import { scoringBench } from './scoring-bench.ts';
import { storeBench } from './store-bench.ts';

console.log(`Tradeoff Atlas benchmarks — Node ${process.version}, ${new Date().toISOString()}`);
await rendererBench();
await scoringBench();
await storeBench();
await adrBench();
