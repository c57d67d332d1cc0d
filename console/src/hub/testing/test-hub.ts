// Test support: a real hub on port 0 with a fresh data directory, and real clients for it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { io, type Socket } from 'socket.io-client';
import {
  AGENT_NAMESPACE,
  CONSOLE_NAMESPACE,
  PROTOCOL_VERSION,
  type Ack,
  type AgentToHubEvents,
  type ConsoleToHubEvents,
  type Enrolled,
  type HubToAgentEvents,
  type HubToConsoleEvents,
  type SessionCreated,
} from '@handraise/shared';
import type { HubConfig } from '../config.ts';
import type { Clock } from '../clock.ts';
import { createHub, type Hub } from '../create-hub.ts';
import { createTestDatabase } from './postgres-test-databases.ts';
import type { SocketLimits } from '../socket-limits.ts';

export const TEST_ADMIN_PASSWORD = 'correct horse battery staple';
export const TEST_ENROLL_TOKEN = 'test-enrollment-token-0001';

export type AgentClient = Socket<HubToAgentEvents, AgentToHubEvents>;
export type ConsoleClient = Socket<HubToConsoleEvents, ConsoleToHubEvents>;

/** A client socket seen without the contract's types: for sending what no real client could. */
export type UncheckedEmitter = {
  emitWithAck(event: string, ...args: unknown[]): Promise<unknown>;
  emit(event: string, ...args: unknown[]): unknown;
};

/** The same socket, untyped, for tests of malformed or forbidden input. */
export function unchecked(socket: AgentClient | ConsoleClient): UncheckedEmitter {
  return socket;
}

export type TestHub = {
  hub: Hub;
  dataDir: string;
  /** What it was started with: a restart over the same data starts from this. */
  config: HubConfig;
  /** JSON request to the hub; returns status and parsed body. */
  http<T>(
    path: string,
    init?: { method?: string; body?: unknown; token?: string },
  ): Promise<{ status: number; body: Ack<T> }>;
  signIn(): Promise<string>;
  /** Enrolls a computer, with the test token unless told another (one that names a room). */
  enroll(hostname?: string, token?: string): Promise<Enrolled>;
  /** A connected console socket (rejects if the hub refuses it). */
  connectConsole(token: string): Promise<ConsoleClient>;
  /** A connected agent socket (rejects if the hub refuses it). */
  connectAgent(credentials: { deviceId: string; secret: string }): Promise<AgentClient>;
  /** Closes every client, the hub, and removes the data directory. */
  close(): Promise<void>;
};

/** Resolves once the socket connects; rejects with the hub's refusal code otherwise. */
export function whenConnected<S extends Socket>(socket: S): Promise<S> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.disconnect();
      reject(error);
    });
  });
}

/** What a test hub may start with besides its configuration. */
export type TestHubOptions = {
  webRoot?: string;
  clock?: Clock;
  limits?: Partial<SocketLimits>;
  escalationSweepMs?: number;
  /** SQLite in the data folder even under the `postgres` project (a school's file to move). */
  sqlite?: boolean;
};

/** A test hub's configuration: loopback, the test coordinator and enrollment token, silent. */
export function testHubConfig(dataDir: string, overrides: Partial<HubConfig> = {}): HubConfig {
  return {
    dataDir,
    port: 0,
    host: '127.0.0.1',
    adminPassword: TEST_ADMIN_PASSWORD,
    enrollToken: TEST_ENROLL_TOKEN,
    corsOrigins: [],
    logLevel: 'silent',
    ...overrides,
  };
}

/** POSTs JSON and answers the data of a successful Ack, throwing the error code otherwise. */
export async function postJson<T>(url: string, body: unknown): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = (await response.json()) as Ack<T>;
  if (!answer.ok) throw new Error(`${url} refused: ${answer.error}`);
  return answer.data;
}

/** Longest wait for a test hub to close, in ms; it takes milliseconds when nothing is stuck. */
const CLOSE_TIMEOUT_MS = 20_000;

/** Starts a hub for one test file or test; `webRoot` serves a freshly built console UI. */
export async function startTestHub(
  overrides: Partial<HubConfig> = {},
  options: TestHubOptions = {},
): Promise<TestHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handraise-hub-'));
  // Under the `postgres` test project, a database of its own on the private cluster.
  const database = overrides.databaseUrl || options.sqlite ? null : await createTestDatabase();
  const config = testHubConfig(dataDir, {
    ...overrides,
    ...(database ? { databaseUrl: database.url } : {}),
  });
  const hub = await createHub({
    config,
    // Silent; HANDRAISE_TEST_HUB_LOG=error (or any pino level) shows why a test hub failed.
    logger: pino({ level: process.env.HANDRAISE_TEST_HUB_LOG ?? 'silent' }),
    webRoot: options.webRoot,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.escalationSweepMs ? { escalationSweepMs: options.escalationSweepMs } : {}),
  });
  const sockets: Socket[] = [];

  const http: TestHub['http'] = async (path, init = {}) => {
    const response = await fetch(`${hub.url}${path}`, {
      method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
      headers: {
        ...(init.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    return { status: response.status, body: (await response.json()) as Ack<never> };
  };

  const track = <S extends Socket>(socket: S): S => {
    sockets.push(socket);
    return socket;
  };

  return {
    hub,
    dataDir,
    config,
    http,
    async signIn() {
      const { body } = await http<SessionCreated>('/api/session', {
        body: { username: 'admin', password: TEST_ADMIN_PASSWORD },
      });
      if (!body.ok) throw new Error(`sign-in failed: ${body.error}`);
      return body.data.token;
    },
    async enroll(hostname = 'lab-pc-01', token = TEST_ENROLL_TOKEN) {
      const { body } = await http<Enrolled>('/api/enroll', {
        body: {
          token,
          identity: { hostname },
          protocolVersion: PROTOCOL_VERSION,
        },
      });
      if (!body.ok) throw new Error(`enrollment failed: ${body.error}`);
      return body.data;
    },
    connectConsole(token) {
      return whenConnected(
        track(
          io(`${hub.url}${CONSOLE_NAMESPACE}`, {
            auth: { token },
            reconnection: false,
            transports: ['websocket'],
          }),
        ) as ConsoleClient,
      );
    },
    connectAgent({ deviceId, secret }) {
      return whenConnected(
        track(
          io(`${hub.url}${AGENT_NAMESPACE}`, {
            auth: { deviceId, secret, protocolVersion: PROTOCOL_VERSION, agentVersion: 'test' },
            reconnection: false,
            transports: ['websocket'],
          }),
        ) as AgentClient,
      );
    },
    async close() {
      for (const socket of sockets) socket.disconnect();
      // A connection the hub waits on forever must not hold the test file open: say so, go on.
      let timer: NodeJS.Timeout | undefined;
      const closed = await Promise.race([
        hub.close().then(() => true),
        new Promise<false>(
          (resolve) => (timer = setTimeout(() => resolve(false), CLOSE_TIMEOUT_MS)),
        ),
      ]);
      clearTimeout(timer);
      if (!closed)
        process.stderr.write(`the test hub did not close within ${CLOSE_TIMEOUT_MS} ms\n`);
      rmSync(dataDir, { recursive: true, force: true });
      if (closed) await database?.drop();
    },
  };
}

/** Resolves with the next emission of an event on a socket, or rejects after a bounded wait. */
export function nextEvent<T>(socket: Socket, event: string, timeoutMs = 5_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no ${event} within ${timeoutMs} ms`)),
      timeoutMs,
    );
    socket.once(event, (payload: T) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

/**
 * The next `event` whose payload `match` accepts: for pushes that other, earlier work may also
 * send (a connection's own announcement arriving after the test started listening).
 */
export function nextEventMatching<T>(
  socket: Socket,
  event: string,
  match: (payload: T) => boolean,
  timeoutMs = 5_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const listener = (payload: T) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.on(event, listener);
  });
}
