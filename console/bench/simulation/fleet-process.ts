// The simulated fleet in a process of its own, apart from the hub: 10,000 computers need 10,000
// sockets here and 10,000 in the hub, more than one process may open. Started by fleet.ts with
// its orders in HANDRAISE_FLEET_ORDERS; reports over the child-process channel; keeps every agent
// connected until it is told to stop (SIGTERM, or the parent going away).
import { deviceProfile, HELP_EXAMPLES } from './device-profile.ts';
import { demoScreenshot } from './demo-screen.ts';
import { readOrders, type FleetOrders, type FleetReport } from './fleet-messages.ts';
import {
  connectSimulated,
  enrollSimulated,
  loopbackAddress,
  type SimulatedAgent,
} from './simulated-agent.ts';

/** Enrollments and connections in flight at once, like computers starting over a morning. */
const CONCURRENCY = 100;
/** Computers per loopback address: well under the hub's enrollment limit per address. */
const DEVICES_PER_ADDRESS = 100;
/** Progress is reported every this many computers. */
const PROGRESS_EVERY = 1_000;

const tell = (report: FleetReport) => process.send?.(report);

/** Small fleets need no more than 127.0.0.1. */
function addressFor(index: number, devices: number): string | undefined {
  return devices <= DEVICES_PER_ADDRESS ? undefined : loopbackAddress(index, DEVICES_PER_ADDRESS);
}

async function postJson<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as { ok: boolean; data: T; error?: string };
  if (!answer.ok) throw new Error(`${url}: ${answer.error ?? 'refused'}`);
  return answer.data;
}

/** One enrollment token per room, as a coordinator hands them out; each names the site too. */
function roomTokens(orders: FleetOrders, session: string) {
  const tokens = new Map<string, Promise<string>>();
  return (room: string) => {
    let token = tokens.get(room);
    if (!token) {
      token = postJson<{ token: string }>(
        `${orders.hubUrl}/api/enrollment-tokens`,
        { label: room, room, site: orders.site },
        session,
      ).then((created) => created.token);
      tokens.set(room, token);
    }
    return token;
  };
}

async function startFleet(orders: FleetOrders, agents: SimulatedAgent[]): Promise<number> {
  const { token: session } = await postJson<{ token: string }>(`${orders.hubUrl}/api/session`, {
    username: 'admin',
    password: orders.adminPassword,
  });
  const tokenFor = roomTokens(orders, session);
  let next = 0;
  let enrolled = 0;
  let connected = 0;
  const worker = async () => {
    while (next < orders.devices) {
      const index = next++;
      const profile = deviceProfile(index);
      const token = await tokenFor(profile.room);
      const credentials = await enrollSimulated(
        orders.hubUrl,
        token,
        profile,
        addressFor(index, orders.devices),
      );
      enrolled++;
      const agent = await connectSimulated(orders.hubUrl, credentials, profile);
      agents[index] = agent;
      await agent.report();
      connected++;
      if (connected % PROGRESS_EVERY === 0) tell({ kind: 'progress', enrolled, connected });
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, orders.devices) }, worker));
  if (!orders.demoRequests) return 0;
  // A few raised hands, most with a picture of the screen showing the error they speak of (one
  // in four students leaves the picture out); then two computers are switched off.
  for (const [i, example] of HELP_EXAMPLES.entries()) {
    const agent = agents[(i * 7) % agents.length];
    await agent?.raiseHand({
      ...example,
      ...(i % 4 === 3 ? {} : { screenshot: demoScreenshot(example.category, i) }),
    });
  }
  agents.at(-1)?.close();
  agents.at(-2)?.close();
  return HELP_EXAMPLES.length;
}

const agents: SimulatedAgent[] = [];
const stop = () => {
  for (const agent of agents) agent?.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent gone (Ctrl-C in the terminal, a crash): the fleet goes too.
process.on('disconnect', stop);

startFleet(readOrders(process.env.HANDRAISE_FLEET_ORDERS), agents).then(
  (requests) => tell({ kind: 'ready', connected: agents.filter(Boolean).length, requests }),
  (error: unknown) => {
    tell({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    stop();
  },
);
