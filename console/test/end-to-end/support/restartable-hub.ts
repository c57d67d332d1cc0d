// Test support: a hub that a test takes down and brings back on the same port and data folder, as
// a school's server going away and coming back, so that what the agent saved in between can be
// seen arriving. `restartableHubTest` hands it out as the `hub` fixture, with `tempDir`.
import pino from 'pino';
import { io } from 'socket.io-client';
import { test } from 'vitest';
import {
  CONSOLE_NAMESPACE,
  PROTOCOL_VERSION,
  type Enrolled,
  type SessionCreated,
} from '@handraise/shared';
import { createHub, type Hub } from '../../../src/hub/create-hub.ts';
import {
  postJson as post,
  TEST_ADMIN_PASSWORD,
  TEST_ENROLL_TOKEN,
  testHubConfig,
  type ConsoleClient,
} from '../../../src/hub/testing/test-hub.ts';
import { freePort } from '../../support/ports.ts';
import { tempDirs } from '../../support/process-fixtures.ts';

export type RestartableHub = {
  /** Its address, the same after every restart: the agent keeps it in its credentials. */
  url: string;
  /** Starts the hub on its port and data folder; it must not be running. */
  start(): Promise<Hub>;
  /** Closes the hub; its data folder stays for the next start. */
  stop(): Promise<void>;
  /** The hub while it runs. */
  running(): Hub;
  /** Signs the coordinator in and returns the session token. */
  signIn(): Promise<string>;
  /** Enrolls a computer through the API with the enrollment token. */
  enroll(hostname: string): Promise<Enrolled>;
  /**
   * A coordinator's console socket, not yet connected (it connects by itself and sends what it is
   * given once it has), closed after the test.
   */
  openConsole(token: string): ConsoleClient;
};

export const restartableHubTest = test
  .extend('tempDir', { scope: 'file' }, tempDirs)
  .extend('hub', async ({ tempDir }, { onCleanup }): Promise<RestartableHub> => {
    // A port picked once: the hub comes back where the agent last saw it.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const config = testHubConfig(tempDir('handraise-hub-'), { port });
    let current: Hub | undefined;
    const sockets: ConsoleClient[] = [];
    onCleanup(async () => {
      for (const socket of sockets) socket.disconnect();
      await current?.close();
    });
    return {
      url,
      async start() {
        if (current) throw new Error('the hub is already running');
        current = await createHub({ config, logger: pino({ level: 'silent' }) });
        return current;
      },
      async stop() {
        await current?.close();
        current = undefined;
      },
      running() {
        if (!current) throw new Error('the hub is not running');
        return current;
      },
      async signIn() {
        const session = await post<SessionCreated>(`${url}/api/session`, {
          username: 'admin',
          password: TEST_ADMIN_PASSWORD,
        });
        return session.token;
      },
      enroll: (hostname) =>
        post<Enrolled>(`${url}/api/enroll`, {
          token: TEST_ENROLL_TOKEN,
          identity: { hostname },
          protocolVersion: PROTOCOL_VERSION,
        }),
      openConsole(token) {
        const socket: ConsoleClient = io(`${url}${CONSOLE_NAMESPACE}`, {
          auth: { token },
          transports: ['websocket'],
          reconnection: false,
        });
        sockets.push(socket);
        return socket;
      },
    };
  });
