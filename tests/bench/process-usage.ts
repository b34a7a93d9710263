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

/**
 * The environment the programs run in: this one without NODE_EXTRA_CA_CERTS. A machine behind a TLS-inspecting proxy
 * (this one) sets it so Node trusts the proxy; Node then parses the whole certificate bundle as it starts, which
 * costs every Node process about 70 ms here, though none of the programs measured opens a connection. Users' machines
 * rarely set it; every program, ours and the peers, runs without it alike.
 */
export function userEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env['NODE_EXTRA_CA_CERTS'];
  return env;
}

/** The proxy setting userEnvironment leaves out, when this machine has one. */
export const extraCaCerts = process.env['NODE_EXTRA_CA_CERTS'];

export function canMeasureProcesses(): boolean {
  return existsSync(gnuTime);
}

/** Runs `command` in `cwd` to completion; throws when it fails, so a broken run is never timed. */
export async function measureProcess(
  command: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv = userEnvironment(),
): Promise<ProcessUsage> {
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
          env,
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
