// Starts the simulated fleet (fleet-process.ts) in a child process, with the highest number of
// open files the system allows it, and waits until every computer is connected and reported.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { FleetOrders, FleetReport } from './fleet-messages.ts';

export type Fleet = {
  connected: number;
  requests: number;
  /** Disconnects every simulated computer and ends the process. */
  stop(): Promise<void>;
};

const FLEET_PROCESS = join(import.meta.dirname, 'fleet-process.ts');

/**
 * The child's command: through a POSIX shell that first raises its soft limit of open files to
 * the hard one (each simulated computer holds a socket); directly where there is no such shell.
 */
function fleetCommand(): { command: string; args: string[] } {
  const node = [process.execPath, '--disable-warning=ExperimentalWarning', FLEET_PROCESS];
  if (process.platform === 'win32') return { command: node[0] as string, args: node.slice(1) };
  return {
    command: '/bin/sh',
    args: ['-c', 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$@"', 'fleet', ...node],
  };
}

/** Runs the fleet; `onProgress` hears of every thousand computers connected. */
export function startFleet(
  orders: FleetOrders,
  onProgress: (connected: number) => void = () => undefined,
): Promise<Fleet> {
  const { command, args } = fleetCommand();
  const child: ChildProcess = spawn(command, args, {
    env: { ...process.env, HANDRAISE_FLEET_ORDERS: JSON.stringify(orders) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.on('message', (message: FleetReport) => {
      if (message.kind === 'progress') onProgress(message.connected);
      else if (message.kind === 'ready')
        resolve({ connected: message.connected, requests: message.requests, stop });
      else reject(new Error(`the simulated fleet failed: ${message.message}`));
    });
    child.once('exit', (code) => reject(new Error(`the simulated fleet ended (exit ${code})`)));
  });
}
