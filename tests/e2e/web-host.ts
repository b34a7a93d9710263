// Starts the built web host on a free loopback port with its own temporary workspace, as a user would.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningHost {
  url: string;
  origin: string;
  workspace: string;
  process: ChildProcess;
  /** Stops the host as Ctrl+C would; the workspace stays, so a new host can reopen it. */
  stop(): Promise<void>;
  /** Stops the host and deletes the workspace if this helper created it. */
  dispose(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

export async function startHost(workspace?: string): Promise<RunningHost> {
  const dir = workspace ?? (await mkdtemp(path.join(tmpdir(), 'atlas-e2e-')));
  const child = spawn(
    process.execPath,
    [path.join(root, 'dist/web/web.js'), '--port', '0', '--no-open', '--workspace', dir],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`web host exited with ${code}: ${stderr}`)));
    setTimeout(() => reject(new Error(`web host printed no URL within 10 s: ${stderr}`)), 10_000);
  });
  const url = firstLine.trim();
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return {
    url,
    origin: new URL(url).origin,
    workspace: dir,
    process: child,
    stop,
    dispose: async () => {
      await stop();
      if (!workspace) await rm(dir, { recursive: true, force: true });
    },
  };
}
