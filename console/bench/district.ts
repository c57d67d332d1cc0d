// `npm run bench` (district part): 10,000 simulated computers with real-sized inventories against
// (1) a bare Socket.IO server that only acknowledges, (2) the hub on SQLite, (3) the hub on
// PostgreSQL, (4) two hubs on one PostgreSQL with the computers split between them. The same
// agents, messages and transport each time, so every hub figure is given with its ratio to bare.
// Then, on the hubs: help requests to a watching console (across hubs for two), how soon an
// inventory stored by one hub changes the verdicts the other serves, and a reconnect storm after
// a hub restart, with how the hub answers while it loads its verdicts again.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startPostgresCluster, type PostgresCluster } from '../src/hub/testing/postgres-cluster.ts';
import { realisticProfile, INVENTORY_SIZE } from './simulation/realistic-profile.ts';
import { hashProfile, type SimulatedAgent } from './simulation/simulated-agent.ts';
import {
  changeUpdates,
  connectAll,
  enrollAll,
  reportAll,
  type Exchange,
} from './district/fleet-phases.ts';
import { readUsage, sumUsage } from './district/process-usage.ts';
import {
  BENCH_ENROLL_TOKEN,
  startBareServer,
  startHub,
  type ServerProcess,
} from './district/server-process.ts';
import {
  measureRequests,
  measureSoftwarePage,
  measureVerdictDelay,
  signIn,
} from './district/console-probes.ts';
import { measureReconnectStorm, type StormFigures } from './district/reconnect-storm.ts';
import { printDistrictFigures, type TargetFigures } from './district/district-table.ts';
import { measureReportFloor } from './district/report-floor.ts';

const AGENTS = Number(process.env.HANDRAISE_BENCH_AGENTS ?? 10_000);
/** The hub setups to measure beside bare (`sqlite,postgres,two-hubs`, all by default). */
const TARGETS = (process.env.HANDRAISE_BENCH_TARGETS ?? 'sqlite,postgres,two-hubs').split(',');
const wanted = (target: string) => TARGETS.includes(target);

type Target = {
  label: string;
  servers: ServerProcess[];
  /** The enrollment token, or null for the bare server, which takes anyone. */
  token: string | null;
};

/** Connect, full ingest, delta check-in: the rows every target has. */
async function exchangeRows(
  target: Target,
): Promise<{ figures: TargetFigures; agents: SimulatedAgent[] }> {
  const profiles = Array.from({ length: AGENTS }, (_, index) => realisticProfile(index));
  // Agents hash their inventory before they send it; that is not the servers' time.
  for (const profile of profiles) hashProfile(profile);
  const urls = target.servers.map((s) => s.url);
  const enrolled = await enrollAll(urls, target.token, profiles);
  const usageOf = () => sumUsage(target.servers.map((s) => readUsage(s.pid)));
  const before = usageOf();
  const { agents, seconds: connectS } = await connectAll(urls, enrolled, profiles);
  const full: Exchange = await reportAll(agents);
  for (const profile of profiles) changeUpdates(profile);
  const delta: Exchange = await reportAll(agents);
  const after = usageOf();
  const cpuSeconds = before && after ? after.cpuSeconds - before.cpuSeconds : NaN;
  return {
    agents,
    figures: { label: target.label, connectS, full, delta, usage: after, cpuSeconds },
  };
}

async function runHubTarget(
  target: Target,
  extra: (agents: SimulatedAgent[], figures: TargetFigures) => Promise<void>,
): Promise<TargetFigures> {
  const { agents, figures } = await exchangeRows(target);
  try {
    const session = await signIn(target.servers.at(-1)!.url);
    // Raised at the first hub, watched at the last: across hubs when there are two.
    figures.requests = await measureRequests(
      agents.filter((_, index) => index % target.servers.length === 0),
      target.servers.at(-1)!.url,
      session,
    );
    figures.verdictDelayMs = await measureVerdictDelay(
      agents.filter((_, index) => index % target.servers.length === 0),
      target.servers.at(-1)!.url,
      session,
    );
    figures.softwarePage = await measureSoftwarePage(target.servers.at(-1)!.url, session);
    await extra(agents, figures);
  } finally {
    for (const agent of agents) agent.close();
  }
  return figures;
}

async function main(): Promise<void> {
  const say = (line: string) => process.stdout.write(`${line}\n`);
  const results: TargetFigures[] = [];
  const folders: string[] = [];
  const newFolder = () => {
    const folder = mkdtempSync(join(tmpdir(), 'handraise-district-'));
    folders.push(folder);
    return folder;
  };
  let cluster: PostgresCluster | null = null;
  let storm: StormFigures | null = null;
  let postgresMissing: string | null = null;
  try {
    say(`District bench: ${AGENTS} simulated computers…`);
    // Before any server runs, so the machine is quiet.
    const floor = measureReportFloor(
      Array.from({ length: Math.min(AGENTS, 1_000) }, (_, index) => realisticProfile(index)),
    );
    const bare = await startBareServer();
    try {
      const { agents, figures } = await exchangeRows({
        label: 'bare Socket.IO',
        servers: [bare],
        token: null,
      });
      for (const agent of agents) agent.close();
      results.push(figures);
    } finally {
      await bare.stop();
    }
    say('  bare Socket.IO done');

    if (wanted('sqlite')) {
      const sqliteDir = newFolder();
      let sqliteHub = await startHub({ dataDir: sqliteDir });
      try {
        results.push(
          await runHubTarget(
            { label: 'hub, SQLite', servers: [sqliteHub], token: BENCH_ENROLL_TOKEN },
            async (agents) => {
              const session = await signIn(sqliteHub.url);
              const restart = async (port: number) => {
                await sqliteHub.stop();
                sqliteHub = await startHub({ dataDir: sqliteDir, port });
                return sqliteHub;
              };
              storm = await measureReconnectStorm(agents, sqliteHub, restart, session);
            },
          ),
        );
      } finally {
        await sqliteHub.stop();
      }
      say('  hub on SQLite done');
    }

    if (wanted('postgres') || wanted('two-hubs')) {
      try {
        cluster = await startPostgresCluster();
      } catch (error) {
        postgresMissing = error instanceof Error ? error.message : String(error);
      }
    }
    for (const [name, label, count] of [
      ['postgres', 'hub, PostgreSQL', 1],
      ['two-hubs', '2 hubs, PostgreSQL', 2],
    ] as const) {
      if (!cluster || !wanted(name)) continue;
      const hubs = await onPostgres(
        cluster,
        `district_${name.replace('-', '_')}`,
        newFolder,
        count,
      );
      try {
        results.push(
          await runHubTarget({ label, servers: hubs, token: BENCH_ENROLL_TOKEN }, async () => {}),
        );
      } finally {
        await Promise.all(hubs.map((hub) => hub.stop()));
      }
      say(`  ${label} done`);
    }
    printDistrictFigures(say, {
      agents: AGENTS,
      inventorySizes: INVENTORY_SIZE,
      results,
      storm,
      postgresMissing,
      floor,
    });
  } finally {
    await cluster?.stop();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  }
}

/** `count` hubs on a new database of `cluster`, started one after the other. */
async function onPostgres(
  cluster: PostgresCluster,
  database: string,
  newFolder: () => string,
  count: number,
): Promise<ServerProcess[]> {
  const admin = new pg.Client({ connectionString: cluster.url() });
  await admin.connect();
  try {
    await admin.query(`create database ${database}`);
  } finally {
    await admin.end();
  }
  const hubs: ServerProcess[] = [];
  // One at a time: the first creates the schema and the coordinator's account.
  for (let i = 0; i < count; i++)
    hubs.push(await startHub({ dataDir: newFolder(), databaseUrl: cluster.url(database) }));
  return hubs;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `district bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
