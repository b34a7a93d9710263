// A deterministic log of decisions for benchmarks: realistic text, citations and supersede chains.
import { fileNameFor } from '../../electron/common/adr-file/file-names.ts';
import { renderAdr } from '../../electron/common/adr-markdown/render-adr.ts';
import { emptyDecision, type Decision } from '../../electron/common/decision.ts';

const topics = [
  'feature store',
  'model registry',
  'online learning',
  'batch retraining',
  'drift detection',
  'GPU cluster',
  'data validation',
  'canary release',
];

export function generatedLog(count: number): Decision[] {
  const log: Decision[] = [];
  for (let n = 1; n <= count; n++) {
    const topic = topics[n % topics.length]!;
    const title = `Adopt ${topic} for service ${n}`;
    const d = emptyDecision(fileNameFor({ prefix: '', width: 4 }, n, title), n, title);
    d.date = '2026-01-15';
    d.lifecycle = n % 7 === 0 ? 'rejected' : 'accepted';
    d.status = d.lifecycle;
    d.decisionMakers = ['Platform team'];
    d.tags = ['ml-platform', topic.replace(/\s+/g, '-')];
    d.context = `Service ${n} needs a ${topic}. Concept drift [@CM12] and pipeline debt [@CM27] make this urgent.\n\nWe weighed [@T6] and [@T2].`;
    d.drivers = ['Keep serving latency under 50 ms', 'Limit cloud cost [@T6]'];
    d.options = [
      {
        id: 'a',
        title: `Build our own ${topic}`,
        description: '',
        pros: ['Full control'],
        neutral: [],
        cons: ['Maintenance burden [@CM40]'],
      },
      {
        id: 'b',
        title: `Use a managed ${topic}`,
        description: '',
        pros: ['Less to run'],
        neutral: ['Vendor roadmap'],
        cons: ['Cost at scale'],
      },
    ];
    d.chosenOption = 'b';
    d.justification = 'It scores best on the weighted criteria.';
    d.consequences = '* Good, because the team ships sooner.\n* Bad, because we depend on a vendor.';
    log.push(d);
  }
  // Every tenth decision is superseded by the next one, so links are part of the work.
  for (let n = 10; n < count; n += 10) {
    const older = log[n - 1]!;
    const newer = log[n]!;
    older.status = 'superseded';
    older.lifecycle = 'superseded';
    older.supersededBy = newer.number;
    newer.supersedes = [n];
  }
  // A log kept with adr-tools: its files are adr-tools records, so a MADR export renders every one.
  const ctx = { resolveCitation: () => null, titleOf: (n: number) => log[n - 1]?.title ?? null };
  for (const d of log) {
    d.dialect = 'adr-tools';
    d.markdown = renderAdr(d, 'adr-tools', ctx);
  }
  return log;
}
