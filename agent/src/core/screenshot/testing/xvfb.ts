// Test support: a private virtual X server for real captures, found free and always stopped.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/** Display numbers probed; high enough to stay clear of real sessions (:0, :1, :10 over SSH). */
const FIRST_DISPLAY = 90;
const DISPLAY_RANGE = 400;
/** Servers tried before giving up, for when a parallel run takes the same number first. */
const START_ATTEMPTS = 5;
/** How long a server gets to accept connections, in milliseconds. */
const READY_TIMEOUT_MS = 10_000;
const READY_POLL_MS = 50;
/** How long a stopping server gets before SIGKILL, in milliseconds. */
const STOP_TIMEOUT_MS = 5_000;

export type VirtualDisplay = {
  /** The DISPLAY value, e.g. ":93". */
  display: string;
  /** Stops the server; resolves within STOP_TIMEOUT_MS plus a moment, even if it hangs. */
  stop: () => Promise<void>;
};

/** A display number whose socket and lock file are both absent, starting at a per-process offset. */
export function freeDisplayNumber(skip: ReadonlySet<number> = new Set()): number {
  const offset = process.pid % DISPLAY_RANGE;
  for (let i = 0; i < DISPLAY_RANGE; i++) {
    const n = FIRST_DISPLAY + ((offset + i) % DISPLAY_RANGE);
    if (skip.has(n)) continue;
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error('no free X display number');
}

/** Starts `Xvfb` on a free display and waits until it accepts connections. */
export async function startXvfb(width: number, height: number): Promise<VirtualDisplay> {
  // -noreset keeps the root window as painted: by default the server resets, and repaints it, when
  // its last client (here: xsetroot) leaves.
  const tried = new Set<number>();
  let lastError: unknown;
  for (let attempt = 0; attempt < START_ATTEMPTS; attempt++) {
    const n = freeDisplayNumber(tried);
    tried.add(n);
    const server = spawn(
      'Xvfb',
      [`:${n}`, '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp', '-noreset'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    server.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    // Without a listener a spawn failure (Xvfb not installed) would crash the test process.
    let spawnError: Error | undefined;
    server.once('error', (error) => (spawnError = error));
    const stop = () => stopServer(server);
    try {
      await waitUntilReady(server, n, () => spawnError);
      return { display: `:${n}`, stop };
    } catch (error) {
      await stop();
      lastError = new Error(`Xvfb :${n} did not start: ${stderr.trim()}`, { cause: error });
    }
  }
  throw lastError;
}

async function waitUntilReady(
  server: ChildProcess,
  n: number,
  spawnError: () => Error | undefined,
): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const failed = spawnError();
    if (failed)
      throw new Error('Xvfb could not be started (is xvfb installed?)', { cause: failed });
    if (server.exitCode !== null || server.signalCode !== null) {
      throw new Error(`Xvfb exited (${server.exitCode ?? server.signalCode})`);
    }
    if (await accepts(`/tmp/.X11-unix/X${n}`)) return;
    await sleep(READY_POLL_MS);
  }
  throw new Error(`Xvfb did not accept connections within ${READY_TIMEOUT_MS} ms`);
}

function accepts(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(socketPath);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  server.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS, false)]);
  if (!stopped) {
    server.kill('SIGKILL');
    await Promise.race([exited, sleep(STOP_TIMEOUT_MS)]);
  }
}
