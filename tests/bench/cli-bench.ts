// The command line against its peers, whole process against whole process on the same folders in the same run:
// `tradeoff-atlas list --json` (cold: no parse cache; warm: with it) against `adr-log -d`, and adr-tools'
// `adr generate toc` at 1,000. Runs alternate between the programs, so a busy machine slows them alike, and all run
// in the same environment (process-usage.ts: userEnvironment).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatedLog } from './generated-log.ts';
import { canMeasureProcesses, extraCaCerts, measureProcess, type ProcessUsage } from './process-usage.ts';
import { percentile, printSection, type Figure } from './report.ts';

const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'dist/cli/tradeoff-atlas.js');
const adrLog = path.join(root, 'node_modules/.bin/adr-log');
const adrTools = '/usr/bin/adr';

// Fewer runs where one run takes many seconds; each figure is the median of its runs.
const sizes = [
  { records: 1000, runs: 5 },
  { records: 5000, runs: 5 },
  { records: 20000, runs: 3 },
];
// adr-tools starts several processes per record: one run at 1,000 takes minutes (and its ratio is far from close).
const adrToolsRuns = 1;
const helpRuns = 15;

const targets = { coldRatio: 1.0, warmRatio: 0.3, peakMiB: 200, helpMs: 120 };

async function writeLog(dir: string, count: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const files = generatedLog(count);
  for (let i = 0; i < files.length; i += 64)
    await Promise.all(files.slice(i, i + 64).map((d) => writeFile(path.join(dir, d.id), d.markdown)));
}

const median = (runs: ProcessUsage[], key: 'cpuMs' | 'wallMs' | 'peakMiB') =>
  percentile(
    runs.map((r) => r[key]),
    50,
  );

/** Our list of the folder; the output must name every record, or the run did not do the work it is timed for. */
async function ourList(dir: string, records: number): Promise<ProcessUsage> {
  const usage = await measureProcess(process.execPath, [cli, 'list', '--json', '--workspace', dir], dir);
  const listed = (JSON.parse(usage.stdout) as unknown[]).length;
  if (listed !== records) throw new Error(`tradeoff-atlas listed ${listed} of ${records} records in ${dir}`);
  return usage;
}

async function adrLogIndex(dir: string, records: number): Promise<ProcessUsage> {
  const usage = await measureProcess(adrLog, ['-d', dir], dir);
  const entries = usage.stdout.split('\n').filter((l) => l.startsWith('* [')).length;
  if (entries !== records) throw new Error(`adr-log indexed ${entries} of ${records} records in ${dir}`);
  return usage;
}

/** adr-tools finds its folder from where it runs: doc/adr, as `adr init` makes it. */
async function adrToolsToc(project: string, records: number): Promise<ProcessUsage> {
  const usage = await measureProcess(adrTools, ['generate', 'toc'], project);
  const entries = usage.stdout.split('\n').filter((l) => l.startsWith('* [')).length;
  if (entries !== records) throw new Error(`adr generate toc listed ${entries} of ${records} records`);
  return usage;
}

async function sizeSection(work: string, records: number, runs: number): Promise<void> {
  const dir = path.join(work, `log-${records}`);
  await writeLog(dir, records);
  const cache = path.join(dir, '.tradeoff-atlas', 'cache');
  const withAdrTools = records === 1000;
  const project = path.join(work, `adr-tools-${records}`);
  if (withAdrTools) await cp(dir, path.join(project, 'doc/adr'), { recursive: true });
  const cold: ProcessUsage[] = [];
  const warm: ProcessUsage[] = [];
  const peer: ProcessUsage[] = [];
  const tools: ProcessUsage[] = [];
  for (let r = 0; r < runs; r++) {
    await rm(cache, { recursive: true, force: true });
    cold.push(await ourList(dir, records));
    peer.push(await adrLogIndex(dir, records));
    warm.push(await ourList(dir, records));
    if (withAdrTools && r < adrToolsRuns) tools.push(await adrToolsToc(project, records));
  }
  const peerCpu = median(peer, 'cpuMs');
  const ratio = (ours: ProcessUsage[]) => median(ours, 'cpuMs') / peerCpu;
  const atTarget = records === 20000;
  const figures: Figure[] = [
    { name: 'adr-log -d: CPU (user + sys)', value: peerCpu, unit: 'ms' },
    { name: 'ours, cold (no cache): CPU', value: median(cold, 'cpuMs'), unit: 'ms' },
    { name: 'ours, warm (cache present): CPU', value: median(warm, 'cpuMs'), unit: 'ms' },
    {
      name: 'CPU ratio, cold ÷ adr-log',
      value: ratio(cold),
      unit: '×',
      ...(atTarget ? { against: { label: 'target', value: targets.coldRatio } } : {}),
    },
    {
      name: 'CPU ratio, warm ÷ adr-log',
      value: ratio(warm),
      unit: '×',
      ...(atTarget ? { against: { label: 'target', value: targets.warmRatio } } : {}),
    },
    { name: 'adr-log -d: wall', value: median(peer, 'wallMs'), unit: 'ms' },
    { name: 'ours, cold: wall', value: median(cold, 'wallMs'), unit: 'ms' },
    { name: 'ours, warm: wall', value: median(warm, 'wallMs'), unit: 'ms' },
    { name: 'adr-log -d: peak memory', value: median(peer, 'peakMiB'), unit: 'MiB' },
    {
      name: 'ours, cold: peak memory',
      value: median(cold, 'peakMiB'),
      unit: 'MiB',
      ...(atTarget ? { against: { label: 'target', value: targets.peakMiB } } : {}),
    },
    { name: 'ours, warm: peak memory', value: median(warm, 'peakMiB'), unit: 'MiB' },
  ];
  if (withAdrTools)
    figures.push(
      { name: 'adr-tools `adr generate toc`: CPU', value: median(tools, 'cpuMs'), unit: 'ms' },
      { name: 'adr-tools `adr generate toc`: wall', value: median(tools, 'wallMs'), unit: 'ms' },
      // The other way round: ours is a small fraction of adr-tools' cost, which two decimals would show as 0.00.
      { name: 'CPU ratio, adr-tools ÷ ours cold', value: median(tools, 'cpuMs') / median(cold, 'cpuMs'), unit: '×' },
    );
  printSection(
    `list --json on ${records.toLocaleString('en')} records, whole processes (median of ${runs} alternating runs${withAdrTools ? `, adr-tools ${adrToolsRuns}` : ''})`,
    figures,
  );
}

export async function cliBench(): Promise<void> {
  if (!canMeasureProcesses()) throw new Error('The CLI benchmark needs GNU time at /usr/bin/time (apt install time).');
  const work = await mkdtemp(path.join(tmpdir(), 'atlas-bench-cli-'));
  try {
    const help: ProcessUsage[] = [];
    const bare: ProcessUsage[] = [];
    // As this machine's own shells run them too, with the proxy's certificates loaded at start (see userEnvironment).
    const helpWithCerts: ProcessUsage[] = [];
    const bareWithCerts: ProcessUsage[] = [];
    for (let r = 0; r < helpRuns; r++) {
      help.push(await measureProcess(process.execPath, [cli, '--help'], work));
      bare.push(await measureProcess(process.execPath, ['-e', '0'], work));
      if (!extraCaCerts) continue;
      helpWithCerts.push(await measureProcess(process.execPath, [cli, '--help'], work, process.env));
      bareWithCerts.push(await measureProcess(process.execPath, ['-e', '0'], work, process.env));
    }
    const figures: Figure[] = [
      {
        name: 'tradeoff-atlas --help: wall',
        value: median(help, 'wallMs'),
        unit: 'ms',
        against: { label: 'target', value: targets.helpMs },
      },
      { name: 'floor: node -e 0, wall', value: median(bare, 'wallMs'), unit: 'ms' },
      { name: 'tradeoff-atlas --help: CPU', value: median(help, 'cpuMs'), unit: 'ms' },
      { name: 'floor: node -e 0, CPU', value: median(bare, 'cpuMs'), unit: 'ms' },
    ];
    if (extraCaCerts)
      figures.push(
        { name: 'with NODE_EXTRA_CA_CERTS: --help, wall', value: median(helpWithCerts, 'wallMs'), unit: 'ms' },
        { name: 'with NODE_EXTRA_CA_CERTS: node -e 0, wall', value: median(bareWithCerts, 'wallMs'), unit: 'ms' },
      );
    const certsNote = extraCaCerts ? ', without this machine’s NODE_EXTRA_CA_CERTS but where named' : '';
    printSection(`Start-up (median of ${helpRuns} alternating runs${certsNote})`, figures);
    for (const { records, runs } of sizes) await sizeSection(work, records, runs);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
