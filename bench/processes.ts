// Every service the bench measures runs as its own child process, so that each one's start-up time
// and memory are its own and the load generator (this process) does not share their event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

export interface Child {
  name: string;
  pid: number;
  /** Where it answers GraphQL. */
  url: string;
  /** From spawn to its first successful answer, in milliseconds. */
  startMs: number;
  /** Its output so far (the last 20,000 characters), to show when something goes wrong. */
  log(): string;
  stop(): Promise<void>;
}

export interface ChildSpec {
  name: string;
  command: string;
  args: string[];
  cwd: string;
  env: Record<string, string>;
  url: string;
  /** One try at a real answer: true once the service answers as it should. */
  probe(url: string): Promise<boolean>;
  timeoutMs?: number;
}

const running = new Set<ChildProcess>();

// Whatever happens to the bench (an exception, Ctrl-C), no service it started outlives it.
process.once('exit', () => running.forEach(killGroup));
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.once(signal, () => {
    running.forEach(killGroup);
    process.exit(code);
  });
}

function killGroup(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** A free TCP port on loopback (asked of the kernel, released at once for the child to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Start a service and wait for its first successful answer; the time that takes is its start-up time. */
export async function startChild(spec: ChildSpec): Promise<Child> {
  const started = performance.now();
  // Its own process group (detached), so that stopping it stops anything it started too.
  const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  // Without colour codes: the log is shown in the bench's report when a service fails to start.
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString().replace(/\x1b\[[0-9;]*m/g, '')).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => killGroup(child), 5000);
      await exited;
      clearTimeout(timer);
    }
    killGroup(child);
    running.delete(child);
  };
  const deadline = started + (spec.timeoutMs ?? 60_000);
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      running.delete(child);
      throw new Error(`${spec.name} exited (${child.exitCode ?? child.signalCode}) before answering:\n${output.slice(-3000)}`);
    }
    if (await spec.probe(spec.url).catch(() => false)) break;
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`${spec.name} gave no successful answer within ${spec.timeoutMs ?? 60_000} ms:\n${output.slice(-3000)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { name: spec.name, pid: child.pid!, url: spec.url, startMs: performance.now() - started, log: () => output, stop };
}

export interface Memory {
  /** Resident set size now, in MB. */
  rssMb: number;
  /** The highest resident set size so far (VmHWM), in MB. */
  peakMb: number;
}

/** A process's memory, from /proc (Linux); NaN elsewhere or once it has exited. */
export function memoryOf(pid: number): Memory {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return { rssMb: NaN, peakMb: NaN };
  }
}
