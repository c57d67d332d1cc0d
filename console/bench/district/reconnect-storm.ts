// A hub restarts under 10,000 connected computers: when each one is back (their jittered
// back-off spreads them), and how the hub answers meanwhile, while it loads its verdicts again.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { SimulatedAgent } from '../simulation/simulated-agent.ts';
import { percentile } from './fleet-phases.ts';
import type { ServerProcess } from './server-process.ts';

const PROBE_MAIN = fileURLToPath(new URL('./status-probe.ts', import.meta.url));

/** `status-probe.ts` in a process of its own; `stop` gives what it measured. */
function startStatusProbe(url: string) {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', PROBE_MAIN, url, String(STATUS_EVERY_MS)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let said = '';
  child.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
      const lines = said.split('\n').filter(Boolean);
      return {
        statusMs: lines.filter((l) => l.startsWith('ok ')).map((l) => Number(l.slice(3))),
        failures: lines.filter((l) => l.startsWith('failed ')).map((l) => l.slice(7)),
      };
    },
  };
}

/** Bound on the storm: agents not back by then are counted as not reconnected. */
const STORM_DEADLINE_MS = 240_000;
/** How often the restarted hub's status page is read while agents come back. */
const STATUS_EVERY_MS = 100;

export type StormFigures = {
  agents: number;
  reconnected: number;
  /** From SIGTERM to the new process listening. */
  restartS: number;
  /** From listening to the last agent back. */
  allBackS: number;
  /** The most agents back within one second. */
  peakPerS: number;
  /** `GET /api/status` while agents came back and verdicts loaded. */
  statusP99Ms: number;
  statusMaxMs: number;
  /** Status calls that failed (refused, reset), and why the first did. */
  statusFailures: number;
  firstFailure: string | null;
  /** From listening until the Software overview answered (it waits for the verdicts). */
  verdictsReadyS: number | null;
};

export async function measureReconnectStorm(
  agents: readonly SimulatedAgent[],
  hub: ServerProcess,
  restart: (port: number) => Promise<ServerProcess>,
  session: string,
): Promise<StormFigures> {
  const backAt: number[] = [];
  const onConnect = () => backAt.push(performance.now());
  for (const agent of agents) agent.socket.on('connect', onConnect);
  try {
    const stopping = performance.now();
    const restarted = await restart(Number(new URL(hub.url).port));
    const listening = performance.now();
    let verdictsReadyS: number | null = null;
    const verdicts = fetch(`${restarted.url}/api/software/overview`, {
      headers: { authorization: `Bearer ${session}` },
    }).then(
      () => void (verdictsReadyS = (performance.now() - listening) / 1000),
      () => undefined,
    );
    const probe = startStatusProbe(restarted.url);
    while (
      (backAt.length < agents.length || verdictsReadyS === null) &&
      performance.now() - listening < STORM_DEADLINE_MS
    )
      await new Promise((r) => setTimeout(r, 100));
    const { statusMs, failures } = await probe.stop();
    await Promise.race([verdicts, new Promise((r) => setTimeout(r, 1_000))]);
    const perSecond = new Map<number, number>();
    for (const at of backAt) {
      const second = Math.floor((at - listening) / 1000);
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    }
    return {
      agents: agents.length,
      reconnected: backAt.length,
      restartS: (listening - stopping) / 1000,
      allBackS: backAt.length ? (Math.max(...backAt) - listening) / 1000 : NaN,
      peakPerS: Math.max(0, ...perSecond.values()),
      statusP99Ms: percentile(statusMs, 99),
      statusMaxMs: Math.max(...statusMs),
      statusFailures: failures.length,
      firstFailure: failures[0] ?? null,
      verdictsReadyS,
    };
  } finally {
    for (const agent of agents) agent.socket.off('connect', onConnect);
  }
}
