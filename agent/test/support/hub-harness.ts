// Test support: a real hub that can be stopped and started again on the same port and data
// folder, a computer enrolled through its HTTP API, and a helper's console socket.
import { join } from 'node:path';
import pino from 'pino';
import { io, type Socket } from 'socket.io-client';
import {
  CONSOLE_NAMESPACE,
  PROTOCOL_VERSION,
  type Ack,
  type ConsoleToHubEvents,
  type Enrolled,
  type EnrollmentTokenCreated,
  type HubSettings,
  type HubToConsoleEvents,
  type SessionCreated,
} from '@handraise/shared';
import { writeCredentials } from '../../src/core/credentials.ts';
import { createHub, type Hub } from '../../../console/src/hub/create-hub.ts';
import {
  postJson as post,
  TEST_ADMIN_PASSWORD,
  TEST_ENROLL_TOKEN,
  testHubConfig,
  whenConnected,
} from '../../../console/src/hub/testing/test-hub.ts';

/** Longest wait for one answer from the hub, in ms: a broken connection fails the test quickly. */
export const HUB_ANSWER_TIMEOUT_MS = 5_000;

/** Starts a hub on `port` (0: any) over `dataDir`. */
export function startHub(dataDir: string, port = 0): Promise<Hub> {
  return createHub({ config: testHubConfig(dataDir, { port }), logger: pino({ level: 'silent' }) });
}

/**
 * Enrolls a computer through the API and stores its credentials where the agent looks; with the
 * test hub's own token unless given another (one bound to a room: `roomToken`).
 */
export async function enrollComputer(
  hubUrl: string,
  agentDir: string,
  hostname: string,
  token = TEST_ENROLL_TOKEN,
) {
  const enrolled = await post<Enrolled>(`${hubUrl}/api/enroll`, {
    token,
    identity: { hostname },
    protocolVersion: PROTOCOL_VERSION,
  });
  writeCredentials(join(agentDir, 'credentials.json'), {
    hub: hubUrl,
    deviceId: enrolled.deviceId,
    secret: enrolled.secret,
  });
  return enrolled;
}

/** Calls the hub's REST API with a session; answers the data or throws the error code. */
export async function callApi<T>(
  hubUrl: string,
  session: string,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${hubUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${session}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const answer = (await response.json()) as Ack<T>;
  if (!answer.ok) throw new Error(`${method} ${path} refused: ${answer.error}`);
  return answer.data;
}

/** A new enrollment token that puts computers into `where`, made by the coordinator `session`. */
export async function roomToken(
  hubUrl: string,
  session: string,
  where: { site?: string; room?: string },
): Promise<string> {
  const created = await callApi<EnrollmentTokenCreated>(
    hubUrl,
    session,
    'POST',
    '/api/enrollment-tokens',
    { label: 'test', ...where },
  );
  return created.token;
}

/** Sets the school's fallback line in the hub's settings, keeping the rest as they are. */
export async function setFallbackContact(hubUrl: string, session: string, line: string | null) {
  const now = await callApi<HubSettings>(hubUrl, session, 'GET', '/api/settings');
  await callApi(hubUrl, session, 'PUT', '/api/settings', {
    hubAddress: now.hubAddress,
    retentionDays: now.retentionDays,
    fallbackContact: line,
  });
}

export type Helper = {
  socket: Socket<HubToConsoleEvents, ConsoleToHubEvents>;
  token: string;
  ask<T>(event: keyof ConsoleToHubEvents, payload: unknown): Promise<T>;
  close(): void;
};

/** The coordinator signed in to the console namespace, as a helper. */
export async function connectHelper(hubUrl: string): Promise<Helper> {
  const { token } = await post<SessionCreated>(`${hubUrl}/api/session`, {
    username: 'admin',
    password: TEST_ADMIN_PASSWORD,
  });
  const socket = await whenConnected(
    io(`${hubUrl}${CONSOLE_NAMESPACE}`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    }) as Socket<HubToConsoleEvents, ConsoleToHubEvents>,
  );
  return {
    socket,
    token,
    async ask<T>(event: keyof ConsoleToHubEvents, payload: unknown): Promise<T> {
      // Loosely typed on purpose: the harness forwards whatever a test asks.
      const timed = socket.timeout(HUB_ANSWER_TIMEOUT_MS) as unknown as {
        emitWithAck(event: string, payload: unknown): Promise<Ack<T>>;
      };
      const answer = await timed.emitWithAck(event, payload);
      if (!answer.ok) throw new Error(`${event} refused: ${answer.error}`);
      return answer.data;
    },
    close: () => void socket.disconnect(),
  };
}

/** How many requests the hub has stored. */
export async function storedRequestCount(hub: Hub): Promise<number> {
  const row = await hub.database.db
    .selectFrom('requests')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
