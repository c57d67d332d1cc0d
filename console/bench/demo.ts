// `npm run demo`: a hub with a simulated fleet speaking the real protocol, so a newcomer sees a
// working console in one command: varied Windows, macOS and Linux computers, some titles behind,
// a few open requests with screenshots. Ctrl-C stops everything.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHubConfig } from '../src/hub/config.ts';
import { createHub } from '../src/hub/create-hub.ts';
import { runUntilSignal } from '../src/hub/run-until-signal.ts';
import { deviceProfile, HELP_EXAMPLES } from './simulation/device-profile.ts';
import { makePng } from './simulation/png.ts';
import {
  connectSimulated,
  enrollSimulated,
  type SimulatedAgent,
} from './simulation/simulated-agent.ts';

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
  const session = (await (
    await fetch(`${hub.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: config.adminPassword }),
    })
  ).json()) as { data: { token: string } };

  // One enrollment token per room, as a coordinator would hand them out.
  const tokens = new Map<string, string>();
  const tokenFor = async (room: string) => {
    const known = tokens.get(room);
    if (known) return known;
    const created = (await (
      await fetch(`${hub.url}/api/enrollment-tokens`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${session.data.token}`,
        },
        body: JSON.stringify({ label: room, room }),
      })
    ).json()) as { data: { token: string } };
    tokens.set(room, created.data.token);
    return created.data.token;
  };

  const agents: SimulatedAgent[] = [];
  for (let index = 0; index < DEVICES; index++) {
    const profile = deviceProfile(index);
    const enrolled = await enrollSimulated(hub.url, await tokenFor(profile.room), profile);
    const agent = await connectSimulated(hub.url, enrolled, profile);
    await agent.report();
    agents.push(agent);
  }
  // A few raised hands, some with a picture of the screen.
  for (const [i, example] of HELP_EXAMPLES.entries()) {
    const agent = agents[(i * 7) % agents.length]!;
    await agent.raiseHand({
      ...example,
      ...(i % 2 === 0 ? { screenshot: makePng(640, 400, i + 1) } : {}),
    });
  }
  // Two computers are switched off.
  agents.at(-1)?.close();
  agents.at(-2)?.close();

  // Listen for Ctrl-C before announcing the address, so a stop right after it is orderly.
  const stopped = runUntilSignal({
    close: async () => {
      for (const agent of agents) agent.close();
      await hub.close();
    },
  });
  process.stdout.write(
    `Handraise demo: ${agents.length} simulated computers, ${HELP_EXAMPLES.length} requests.\n` +
      `Open ${hub.url} and sign in as admin / ${config.adminPassword} (data in ${dataDir}). Ctrl-C stops.\n`,
  );
  await stopped;
}

main().catch((error: unknown) => {
  process.stderr.write(`demo failed: ${String(error)}\n`);
  process.exitCode = 1;
});
