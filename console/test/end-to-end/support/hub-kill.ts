// Test support: a hub process killed with SIGKILL while computers send it inventories and help
// requests, then started again over the same storage. Whatever it acknowledged before it died must
// be there after: agents forget what the hub acknowledged, so anything lost is lost for good.
import { io } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type Device,
  type Enrolled,
  type HelpRequest,
  type SessionCreated,
} from '@handraise/shared';
import {
  postJson,
  TEST_ADMIN_PASSWORD,
  TEST_ENROLL_TOKEN,
  whenConnected,
  type AgentClient,
} from '../../../src/hub/testing/test-hub.ts';
import { fullReport, sampleSections } from '../../../src/hub/testing/sample-inventory.ts';
import { freePort } from '../../support/ports.ts';
import { REPO_ROOT, startNode, type Running } from '../../support/processes.ts';

const HUB_MAIN = `${REPO_ROOT}/console/src/hub/main.ts`;
const COMPUTERS = 12;
/** Acknowledgements to collect before the kill: enough that the kill lands mid-stream. */
const ACKS_BEFORE_KILL = 60;
const TRAFFIC_TIMEOUT_MS = 30_000;

export type HubStorage = { dataDir: string; databaseUrl?: string };

/** Starts `npm run hub` on `port` over `storage`; resolves once it serves. */
export async function startHubProcess(
  storage: HubStorage,
  port: number,
  env: NodeJS.ProcessEnv = {},
): Promise<Running> {
  const hub = startNode(
    [HUB_MAIN, '--port', String(port), '--host', '127.0.0.1', '--data-dir', storage.dataDir],
    {
      HANDRAISE_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD,
      HANDRAISE_ENROLL_TOKEN: TEST_ENROLL_TOKEN,
      // Empty means SQLite in the data folder, whatever the tests' own environment says.
      HANDRAISE_DATABASE_URL: storage.databaseUrl ?? '',
      ...env,
    },
  );
  await hub.waitForLine(/console and API at/, 60_000);
  return hub;
}

/** The installed programs of round `round`: one more each round, so each report is a real write. */
function reportOf(round: number) {
  const software = Array.from({ length: 150 + round }, (_, i) => ({
    name: `program-${i}`,
    version: `${round}.${i}.0`,
    source: 'registry' as const,
  }));
  return fullReport(sampleSections({ software }));
}

type Acknowledged = { requests: Set<string>; inventories: Map<string, number> };

/** One computer sending until its socket closes: a report, then help requests, each awaited. */
async function sendUntilCut(agent: AgentClient, deviceId: string, acked: Acknowledged) {
  for (let round = 0; agent.connected; round++) {
    try {
      if (round % 3 === 0) {
        const report = reportOf(round);
        const answer = await agent.emitWithAck('inventory:report', report);
        if (answer.ok) acked.inventories.set(deviceId, report.sections.software?.length ?? 0);
      } else {
        const answer = await agent.emitWithAck('help:create', {
          idempotencyKey: crypto.randomUUID(),
          createdAt: new Date().toISOString(),
          category: 'other',
          text: `Round ${round} from ${deviceId}`,
        });
        if (answer.ok) acked.requests.add(answer.data.requestId);
      }
    } catch {
      return; // cut off mid-call: not acknowledged, so the agent would have kept it
    }
  }
}

async function json<T>(url: string, token: string): Promise<T> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  return ((await response.json()) as { data: T }).data;
}

/**
 * Kills a hub mid-ingest and starts it again; returns what was acknowledged and what the hub
 * holds after, for the caller to compare.
 */
export async function killMidIngest(storage: HubStorage) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const first = await startHubProcess(storage, port);
  const computers = await Promise.all(
    Array.from({ length: COMPUTERS }, (_, i) =>
      postJson<Enrolled>(`${url}/api/enroll`, {
        token: TEST_ENROLL_TOKEN,
        identity: { hostname: `lab-pc-${i}` },
        protocolVersion: PROTOCOL_VERSION,
      }),
    ),
  );
  const agents = await Promise.all(
    computers.map(({ deviceId, secret }) =>
      whenConnected(
        io(`${url}${AGENT_NAMESPACE}`, {
          auth: { deviceId, secret, protocolVersion: PROTOCOL_VERSION, agentVersion: 'test' },
          reconnection: false,
          transports: ['websocket'],
          // An answer the kill cut off ends the call instead of leaving it waiting.
          ackTimeout: 10_000,
        }) as AgentClient,
      ),
    ),
  );
  const acked: Acknowledged = { requests: new Set(), inventories: new Map() };
  const senders = agents.map((agent, i) => sendUntilCut(agent, computers[i]!.deviceId, acked));

  const deadline = Date.now() + TRAFFIC_TIMEOUT_MS;
  while (acked.requests.size + acked.inventories.size < ACKS_BEFORE_KILL) {
    if (Date.now() > deadline) throw new Error('the hub acknowledged too little to test a kill');
    await new Promise((r) => setTimeout(r, 20));
  }
  first.child.kill('SIGKILL');
  await first.finished;
  for (const agent of agents) agent.disconnect();
  await Promise.all(senders);

  const second = await startHubProcess(storage, port);
  try {
    const { token } = await postJson<SessionCreated>(`${url}/api/session`, {
      username: 'admin',
      password: TEST_ADMIN_PASSWORD,
    });
    const requests = await json<HelpRequest[]>(`${url}/api/requests`, token);
    const devices = await json<Device[]>(`${url}/api/devices`, token);
    return {
      acked,
      storedRequests: new Set(requests.map((r) => r.id)),
      storedSoftware: new Map(devices.map((d) => [d.id, d.softwareCount])),
    };
  } finally {
    second.child.kill('SIGTERM');
    await second.finished;
  }
}
