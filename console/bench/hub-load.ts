// `npm run bench` (hub part): the hub on this machine under a school district's load, measured
// against the hub's targets (below). The hub runs in its own process; the simulated agents (the real
// protocol over real sockets on loopback) and a watching console run in this one.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { io } from 'socket.io-client';
import { CONSOLE_NAMESPACE, type Enrolled, type HelpRequest } from '@handraise/shared';
import { deviceProfile } from './simulation/device-profile.ts';
import { makePng } from './simulation/png.ts';
import {
  connectSimulated,
  enrollSimulated,
  type SimulatedAgent,
} from './simulation/simulated-agent.ts';

const AGENTS = Number(process.env.HANDRAISE_BENCH_AGENTS ?? 10_000);
const REQUESTS = Number(process.env.HANDRAISE_BENCH_REQUESTS ?? 200);
/** Requests are raised at this pace while every agent stays connected. */
const REQUESTS_PER_S = 20;
/** At most this many enrollments or connections in flight, like agents arriving over a morning. */
const CONCURRENCY = 200;
const ENROLL_TOKEN = 'bench-load-enrollment-token';
const ADMIN_PASSWORD = 'bench-load-password';
const SCREENSHOT_TARGET_BYTES = 200 * 1024;

async function inBatches<T, R>(items: T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(CONCURRENCY, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

/** Simulated computers per loopback address: well under the hub's enrollment limit per address. */
const AGENTS_PER_ADDRESS = 100;

/** 127.0.0.2, 127.0.0.3, …: Linux answers the whole 127.0.0.0/8 on the loopback interface. */
const simulatedAddress = (index: number) =>
  `127.0.${Math.floor(index / AGENTS_PER_ADDRESS / 250)}.${2 + (Math.floor(index / AGENTS_PER_ADDRESS) % 250)}`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function startHub(
  repoRoot: string,
  dataDir: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', join(repoRoot, 'console/src/hub/main.ts')],
    {
      env: {
        ...process.env,
        HANDRAISE_DATA_DIR: dataDir,
        HANDRAISE_PORT: '0',
        HANDRAISE_HOST: '127.0.0.1',
        HANDRAISE_ENROLL_TOKEN: ENROLL_TOKEN,
        HANDRAISE_ADMIN_PASSWORD: ADMIN_PASSWORD,
        HANDRAISE_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((resolveHub, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error('hub did not start in 30 s')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /console and API at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveHub({ url: match[1]!, child });
      }
    });
  });
}

async function main(): Promise<void> {
  const repoRoot = resolve(import.meta.dirname, '../..');
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-load-'));
  const { url, child } = await startHub(repoRoot, dataDir);
  const agents: SimulatedAgent[] = [];
  const say = (line: string) => process.stdout.write(`${line}\n`);
  try {
    const profiles = Array.from({ length: AGENTS }, (_, index) => deviceProfile(index));
    let started = performance.now();
    // A school's computers enroll from many addresses; the hub limits each address.
    const enrolled: Enrolled[] = await inBatches(
      profiles.map((profile, index) => ({ profile, address: simulatedAddress(index) })),
      ({ profile, address }) => enrollSimulated(url, ENROLL_TOKEN, profile, address),
    );
    const enrollS = (performance.now() - started) / 1000;

    started = performance.now();
    const indexes = profiles.map((_, index) => index);
    agents.push(
      ...(await inBatches(indexes, (index) =>
        connectSimulated(url, enrolled[index]!, profiles[index]!),
      )),
    );
    const connectS = (performance.now() - started) / 1000;

    started = performance.now();
    const verdicts = await inBatches(agents, (agent) => agent.report());
    const ingestS = (performance.now() - started) / 1000;
    const stored = verdicts.filter((v) => v.ok && v.data.status === 'stored').length;

    // A coordinator watches while requests with screenshots arrive from the connected fleet.
    const session = (await (
      await fetch(`${url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      })
    ).json()) as { data: { token: string } };
    const watcher = io(`${url}${CONSOLE_NAMESPACE}`, {
      auth: { token: session.data.token },
      transports: ['websocket'],
      forceNew: true,
    });
    await new Promise<void>((ready) => watcher.once('connect', () => ready()));
    // Noise does not compress: 3 bytes a pixel, so this is a 200 KB picture.
    const screenshot = makePng(320, Math.ceil(SCREENSHOT_TARGET_BYTES / (320 * 3)));
    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const allArrived = new Promise<void>((done) => {
      watcher.on('request:created', (request: HelpRequest) => {
        const at = sentAt.get(request.text);
        if (at !== undefined) latencies.push(performance.now() - at);
        if (latencies.length === REQUESTS) done();
      });
    });
    for (let i = 0; i < REQUESTS; i++) {
      const agent = agents[(i * 7919) % agents.length]!;
      const text = `bench request ${i}`;
      sentAt.set(text, performance.now());
      void agent.raiseHand({ category: 'other', text, screenshot });
      await new Promise((tick) => setTimeout(tick, 1000 / REQUESTS_PER_S));
    }
    await Promise.race([allArrived, new Promise((late) => setTimeout(late, 60_000))]);
    watcher.disconnect();
    latencies.sort((a, b) => a - b);

    // The Software page's first call over the whole ingested fleet, through HTTP.
    const softwareTimes: number[] = [];
    let titles = 0;
    for (let i = 0; i < 5; i++) {
      started = performance.now();
      const response = await fetch(`${url}/api/software`, {
        headers: { authorization: `Bearer ${session.data.token}` },
      });
      titles = ((await response.json()) as { data: unknown[] }).data.length;
      softwareTimes.push(performance.now() - started);
    }

    say(
      `Hub under load (hub in its own process; ${AGENTS} simulated agents over loopback; 2 cores shared)`,
    );
    say(`  enroll ${AGENTS} devices:                 ${enrollS.toFixed(1)} s`);
    say(`  connect ${AGENTS} agents (all stay connected): ${connectS.toFixed(1)} s`);
    say(
      `  ingest ${AGENTS} full inventories:        ${ingestS.toFixed(1)} s (${stored} stored; target < 60 s)`,
    );
    say(
      `  help request with a ${(screenshot.length / 1024).toFixed(0)} KB screenshot to a watching console, ${latencies.length}/${REQUESTS} at ${REQUESTS_PER_S}/s:` +
        ` p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, max ${(latencies.at(-1) ?? NaN).toFixed(0)} ms (target p99 < 250 ms)`,
    );
    say(
      `  GET /api/software over ${AGENTS} devices (${titles} titles): first ${softwareTimes[0]!.toFixed(0)} ms, then ${softwareTimes
        .slice(1)
        .map((t) => t.toFixed(0))
        .join(', ')} ms`,
    );
  } finally {
    for (const agent of agents) agent.close();
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`hub load bench failed: ${String(error)}\n`);
    process.exit(1);
  },
);
