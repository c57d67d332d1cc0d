// What "acknowledged means on disk" costs: the same hub over SQLite with synchronous=FULL (the
// hub's setting) and NORMAL, each answering inventories and help requests one at a time, so every
// answer waits for its own commit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { Enrolled } from '@handraise/shared';
import { createHub } from '../src/hub/create-hub.ts';
import { openSqliteDatabase } from '../src/hub/storage/database.ts';
import type { SyncMode } from '../src/hub/storage/node-sqlite-dialect.ts';
import { deviceProfile } from './simulation/device-profile.ts';
import { makePng } from './simulation/png.ts';
import {
  connectSimulated,
  enrollSimulated,
  type SimulatedAgent,
} from './simulation/simulated-agent.ts';

const DEVICES = Number(process.env.HANDRAISE_BENCH_DURABILITY_DEVICES ?? 100);
const REQUESTS = Number(process.env.HANDRAISE_BENCH_DURABILITY_REQUESTS ?? 200);
const ENROLL_TOKEN = 'bench-durability-token';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

/** Runs `work` for each item one after another and returns each one's time in ms, sorted. */
async function oneAtATime<T>(items: readonly T[], work: (item: T) => Promise<unknown>) {
  const times: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await work(item);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

async function measure(sync: SyncMode) {
  const dataDir = mkdtempSync(join(tmpdir(), `handraise-durability-${sync}-`));
  const database = await openSqliteDatabase(join(dataDir, 'hub.sqlite'), sync);
  const hub = await createHub({
    config: {
      dataDir,
      port: 0,
      host: '127.0.0.1',
      enrollToken: ENROLL_TOKEN,
      corsOrigins: [],
      logLevel: 'silent',
    },
    database,
    logger: pino({ level: 'silent' }),
  });
  const agents: SimulatedAgent[] = [];
  try {
    const enrolled: Enrolled[] = [];
    for (let index = 0; index < DEVICES; index++) {
      const profile = deviceProfile(index);
      const credentials = await enrollSimulated(hub.url, ENROLL_TOKEN, profile);
      enrolled.push(credentials);
      agents.push(await connectSimulated(hub.url, credentials, profile));
    }
    // The first inventories, unmeasured.
    for (const agent of agents) await agent.report();
    // Then every computer changes (new software list) and reports it: each answer waits for
    // its own commit of a few hundred rows.
    for (const agent of agents.splice(0)) agent.close();
    for (const [index, credentials] of enrolled.entries())
      agents.push(await connectSimulated(hub.url, credentials, deviceProfile(index + DEVICES)));
    const inventories = await oneAtATime(agents, async (agent) => {
      const answer = await agent.report();
      if (!answer.ok || answer.data.status !== 'stored')
        throw new Error(`inventory not stored: ${JSON.stringify(answer)}`);
    });
    const screenshot = makePng(320, 213);
    const requests = await oneAtATime(
      Array.from({ length: REQUESTS }, (_, i) => agents[i % agents.length]!),
      async (agent) => {
        const answer = await agent.raiseHand({ category: 'other', text: 'bench', screenshot });
        if (!answer.ok) throw new Error(`request refused: ${answer.error}`);
      },
    );
    return { inventories, requests, screenshotKB: screenshot.length / 1024 };
  } finally {
    for (const agent of agents) agent.close();
    await hub.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const full = await measure('FULL');
  const normal = await measure('NORMAL');
  const row = (label: string, times: number[], other: number[]) =>
    say(
      `  ${label}: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms` +
        ` (NORMAL: p50 ${percentile(other, 50).toFixed(1)} ms, p99 ${percentile(other, 99).toFixed(1)} ms)`,
    );
  say(
    `Durable acknowledgements (SQLite synchronous=FULL, the hub's setting, beside NORMAL; one at a time, ${DEVICES} devices, this machine's disk)`,
  );
  const titles = Array.from(
    { length: DEVICES },
    (_, i) => deviceProfile(i + DEVICES).sections.software.length,
  );
  const meanTitles = Math.round(titles.reduce((sum, n) => sum + n, 0) / DEVICES);
  row(
    `changed inventory (~${meanTitles} titles) stored and acknowledged`,
    full.inventories,
    normal.inventories,
  );
  row(
    `help request with a ${full.screenshotKB.toFixed(0)} KB screenshot acknowledged (${REQUESTS})`,
    full.requests,
    normal.requests,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`durability bench failed: ${String(error)}\n`);
    process.exit(1);
  },
);
