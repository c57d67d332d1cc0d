// `npm run demo`: a hub with a simulated fleet speaking the real protocol, so a newcomer sees a
// working console in one command: varied Windows, macOS and Linux computers, some titles behind,
// a few open requests with screenshots. The simulated computers run in a child process
// (simulation/fleet-process.ts), so 10,000 of them fit. Ctrl-C stops everything.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHubConfig } from '../src/hub/config.ts';
import { createHub } from '../src/hub/create-hub.ts';
import { runUntilSignal } from '../src/hub/run-until-signal.ts';
import { startupFailureMessage } from '../src/hub/startup-failure.ts';
import { startFleet } from './simulation/fleet.ts';

/** The demo school's one site, which every room's token names. */
const DEMO_SITE = 'Main building';

/** Enough computers to fill a few rooms; set HANDRAISE_DEMO_DEVICES for more. */
const DEVICES = Number(process.env.HANDRAISE_DEMO_DEVICES ?? 60);
const DEMO_PASSWORD = 'handraise-demo';

async function main(): Promise<void> {
  const dataDir = process.env.HANDRAISE_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'handraise-demo-'));
  const config = loadHubConfig(process.argv.slice(2), {
    ...process.env,
    HANDRAISE_DATA_DIR: dataDir,
    HANDRAISE_HOST: process.env.HANDRAISE_HOST ?? '127.0.0.1',
    HANDRAISE_ADMIN_PASSWORD: process.env.HANDRAISE_ADMIN_PASSWORD ?? DEMO_PASSWORD,
    HANDRAISE_LOG_LEVEL: process.env.HANDRAISE_LOG_LEVEL ?? 'warn',
  });
  const hub = await createHub({ config });
  // The simulated computers run in a process of their own (each holds a socket there and one
  // here: together, 10,000 of them need more open files than one process may have).
  process.stdout.write(`Starting ${DEVICES} simulated computers…\n`);
  const fleet = await startFleet(
    {
      hubUrl: hub.url,
      adminPassword: config.adminPassword ?? DEMO_PASSWORD,
      devices: DEVICES,
      site: DEMO_SITE,
      demoRequests: true,
    },
    (connected) => process.stdout.write(`  ${connected} connected\n`),
  );

  // Listen for Ctrl-C before announcing the address, so a stop right after it is orderly.
  const stopped = runUntilSignal({
    close: async () => {
      await fleet.stop();
      await hub.close();
    },
  });
  process.stdout.write(
    `Handraise demo: ${fleet.connected} simulated computers, ${fleet.requests} requests.\n` +
      `Open ${hub.url} and sign in as admin / ${config.adminPassword} (data in ${dataDir}). Ctrl-C stops.\n`,
  );
  await stopped;
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${startupFailureMessage(error)}\n`);
  process.exitCode = 1;
});
