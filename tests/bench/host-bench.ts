// The web host's side of the Decisions screen at 20,000 records, without a browser: how long the host takes to start
// (cold, then with its parse cache), to answer the list's first request and how big that answer is, and to save one
// edit. CPU time is the host process's own (from /proc), which a shared machine disturbs less than wall time.
// `npm run bench -- host`; ATLAS_HOST_RECORDS sets the folder's size.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type RunningHost } from '../e2e/web-host.ts';
import { generatedLog } from './generated-log.ts';
import { percentile, printSection } from './report.ts';

const count = Number(process.env['ATLAS_HOST_RECORDS'] ?? 20_000);
const listRequests = 5;
const saves = 30;
// One start varied by a quarter from the next on an idle machine: each start figure is the median of these.
const starts = 3;
// Linux counts a process's CPU time in clock ticks, 100 a second.
const msPerTick = 10;

/** The host process's CPU time so far (user + system), in ms. */
function cpuMs(host: RunningHost): number {
  const stat = readFileSync(`/proc/${host.process.pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * msPerTick;
}

async function call(host: RunningHost, op: string, args: unknown[]): Promise<{ text: string; ms: number }> {
  const token = new URL(host.url).searchParams.get('token')!;
  const start = performance.now();
  const res = await fetch(`${host.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Atlas-Token': token },
    body: JSON.stringify(args),
  });
  const text = await res.text();
  const ms = performance.now() - start;
  const answer = JSON.parse(text) as { ok: boolean; error?: { message: string } };
  if (!answer.ok) throw new Error(`${op} failed: ${answer.error?.message}`);
  return { text, ms };
}

/** Starts the host on `dir` and reports its wall and CPU time until it printed its URL. */
async function started(dir: string) {
  const start = performance.now();
  const host = await startHost(dir);
  return { host, ms: performance.now() - start, cpu: cpuMs(host) };
}

/** The median of `starts` starts, each without the parse cache or with it; the last host is left running. */
async function medianStart(dir: string, withCache: boolean) {
  const runs: Awaited<ReturnType<typeof started>>[] = [];
  for (let i = 0; i < starts; i++) {
    await runs.at(-1)?.host.stop();
    if (!withCache) await rm(path.join(dir, '.tradeoff-atlas', 'cache'), { recursive: true, force: true });
    runs.push(await started(dir));
  }
  const median = (key: 'ms' | 'cpu') =>
    percentile(
      runs.map((r) => r[key]),
      50,
    );
  return { host: runs.at(-1)!.host, ms: median('ms'), cpu: median('cpu') };
}

async function measure(host: RunningHost) {
  const lists: { ms: number; cpu: number; bytes: number }[] = [];
  for (let i = 0; i < listRequests; i++) {
    const before = cpuMs(host);
    const { text, ms } = await call(host, 'decisionChanges', [null]);
    const { changed } = (JSON.parse(text) as { value: { changed: unknown[] } }).value;
    if (changed.length !== count) throw new Error(`the list held ${changed.length} of ${count} records`);
    lists.push({ ms, cpu: cpuMs(host) - before, bytes: Buffer.byteLength(text) });
  }
  const id = generatedLog(4)[3]!.id;
  let version = (JSON.parse((await call(host, 'getDecision', [id])).text) as { value: { version: string } }).value
    .version;
  const saveMs: number[] = [];
  const before = cpuMs(host);
  for (let i = 0; i < saves; i++) {
    const { text, ms } = await call(host, 'updateDecision', [id, { title: `Adopt a bench edit ${i}` }, version]);
    const { decision } = (JSON.parse(text) as { value: { decision: { version: string } | null } }).value;
    if (!decision) throw new Error(`save ${i} met a conflict`);
    version = decision.version;
    saveMs.push(ms);
  }
  // Let the work a save leaves behind (git, the watcher's event) finish, so it is counted.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { lists, saveMs, saveCpu: (cpuMs(host) - before) / saves };
}

export async function hostBench(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), `atlas-host-bench-${count}-`));
  try {
    const log = generatedLog(count);
    // Written an hour ago, as a team's log is: files modified moments before a read vouch for nothing in a cache.
    const anHourAgo = new Date(Date.now() - 3_600_000);
    for (let i = 0; i < log.length; i += 256)
      await Promise.all(
        log.slice(i, i + 256).map(async (d) => {
          await writeFile(path.join(dir, d.id), d.markdown);
          await utimes(path.join(dir, d.id), anHourAgo, anHourAgo);
        }),
      );
    const cold = await medianStart(dir, false);
    const m = await measure(cold.host);
    await cold.host.stop();
    const warm = await medianStart(dir, true);
    const first = await call(warm.host, 'decisionChanges', [null]);
    await warm.host.stop();
    const later = m.lists.slice(1);
    printSection(`Web host at ${count.toLocaleString('en')} records (no browser)`, [
      { name: `start to URL, no cache, median of ${starts}: wall`, value: cold.ms, unit: 'ms' },
      { name: `start to URL, no cache, median of ${starts}: host CPU`, value: cold.cpu, unit: 'ms' },
      { name: `start to URL, with cache, median of ${starts}: wall`, value: warm.ms, unit: 'ms' },
      {
        name: `start to URL, with cache, median of ${starts}: host CPU`,
        value: warm.cpu,
        unit: 'ms',
      },
      { name: 'first decisionChanges(null) after a cached start: wall', value: first.ms, unit: 'ms' },
      { name: 'first decisionChanges(null): wall', value: m.lists[0]!.ms, unit: 'ms' },
      { name: 'first decisionChanges(null): host CPU', value: m.lists[0]!.cpu, unit: 'ms' },
      { name: 'decisionChanges(null) size', value: m.lists[0]!.bytes / 1024 / 1024, unit: 'MB' },
      {
        name: 'later decisionChanges(null), median: wall',
        value: percentile(
          later.map((l) => l.ms),
          50,
        ),
        unit: 'ms',
      },
      {
        name: 'later decisionChanges(null), median: host CPU',
        value: percentile(
          later.map((l) => l.cpu),
          50,
        ),
        unit: 'ms',
      },
      { name: `updateDecision, ${saves} saves, p50: wall`, value: percentile(m.saveMs, 50), unit: 'ms' },
      { name: `updateDecision, ${saves} saves, p95: wall`, value: percentile(m.saveMs, 95), unit: 'ms' },
      { name: 'host CPU per save (its after-work included)', value: m.saveCpu, unit: 'ms' },
    ]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
