// Runs one whole process and reports what it cost: CPU time (user + system, threads included), wall time and peak
// resident memory, as GNU time measures them for the child, so every program is measured the same way.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface ProcessUsage {
  cpuMs: number;
  wallMs: number;
  peakMiB: number;
  /** What the process printed: the benchmarks check that it did the work. */
  stdout: string;
}

const gnuTime = '/usr/bin/time';

export function canMeasureProcesses(): boolean {
  return existsSync(gnuTime);
}

/** Runs `command` in `cwd` to completion; throws when it fails, so a broken run is never timed. */
export async function measureProcess(command: string, args: string[], cwd: string): Promise<ProcessUsage> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'atlas-usage-'));
  const statsFile = path.join(scratch, 'stats');
  const outFile = path.join(scratch, 'out');
  try {
    // stdout goes to a file, not a pipe, so the parent's reading never slows the child down.
    const out = await open(outFile, 'w');
    try {
      const code = await new Promise<number | null>((resolve, reject) => {
        const child = spawn(gnuTime, ['-f', '%U %S %e %M', '-o', statsFile, command, ...args], {
          cwd,
          stdio: ['ignore', out.fd, 'inherit'],
        });
        child.on('error', reject);
        child.on('exit', resolve);
      });
      if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited with ${code}`);
    } finally {
      await out.close();
    }
    const [user, system, wall, peakKiB] = (await readFile(statsFile, 'utf8')).trim().split(/\s+/).map(Number);
    return {
      cpuMs: (user! + system!) * 1000,
      wallMs: wall! * 1000,
      peakMiB: peakKiB! / 1024,
      stdout: await readFile(outFile, 'utf8'),
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
