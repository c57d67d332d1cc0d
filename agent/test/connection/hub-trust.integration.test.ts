// Transport trust against real hubs serving HTTPS and WSS on loopback: enrollment pins the hub's
// certificate (given, or trusted on first use), any other certificate is refused before anything
// is sent, a planned certificate change is adopted without a refusal, a revoked computer is turned
// away (and its tray says so), and a replaced secret works while the old one is refused.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { AGENT_NAMESPACE, PROTOCOL_VERSION, type DeviceTrustState } from '@handraise/shared';
import type { Hub } from '../../../console/src/hub/create-hub.ts';
import { TEST_ENROLL_TOKEN } from '../../../console/src/hub/testing/test-hub.ts';
import { selfSignedFiles } from '../../../console/src/hub/tls/hub-certificate.ts';
import { agentFiles } from '../../src/core/agent-paths.ts';
import { ensureEnrolled, resolveSettings, startAgent } from '../../src/core/agent-service.ts';
import { readCredentials, writeCredentials, type Credentials } from '../../src/core/credentials.ts';
import { EnrollmentError } from '../../src/core/enrollment-error.ts';
import { createHubClient, type HubClientState } from '../../src/core/hub-client.ts';
import { HubRefusedError } from '../../src/core/hub-refusal.ts';
import { openOutbox } from '../../src/core/outbox.ts';
import { startTrayRuntime } from '../../src/tray/help-desk-runtime.ts';
import { callTlsHub, enrollTls, signInTls, startTlsHub } from '../support/tls-hub.ts';
import { until } from '../support/until.ts';

/** Longest wait for a connection to settle one way or the other, in ms. */
const SETTLE_MS = 15_000;
const NEVER_MS = 2 ** 31 - 1;
const noInventory = () => Promise.reject(new Error('inventory is not part of this test'));

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

let hubA: Hub;
let hubB: Hub;
let admin: string;

beforeAll(async () => {
  // Two hubs, each with the certificate it made itself: B stands for any other server.
  hubA = await startTlsHub(tempDir('handraise-hub-a-'));
  hubB = await startTlsHub(tempDir('handraise-hub-b-'));
  admin = await signInTls(hubA);
});

afterAll(async () => {
  await hubA.close();
  await hubB.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A hub client over `credentials`, recording its states and log lines. */
function watchClient(credentials: Credentials, onPins?: (pins: string[]) => void) {
  const dir = tempDir('handraise-agent-');
  const store = openOutbox(join(dir, 'agent.sqlite'));
  const logged: string[] = [];
  const states: [HubClientState, string | undefined][] = [];
  const client = createHubClient({
    credentials,
    agentVersion: 'test',
    store,
    collect: noInventory,
    logger: pino({ level: 'info' }, { write: (line: string) => logged.push(line) }),
    inventoryIntervalMs: NEVER_MS,
    reportOnConnect: false,
    reconnect: { delayMs: 50, maxDelayMs: 50, jitter: 0 },
    onStateChange: (state, detail) => states.push([state, detail]),
    ...(onPins ? { onHubPins: onPins } : {}),
  });
  client.start();
  return {
    client,
    states,
    logged,
    last: () => states.at(-1),
    close() {
      client.close();
      store.close();
    },
  };
}

/** Enrolls an agent's data folder with hub A the way `handraise-agent run` does. */
async function enrollAgent(hubFingerprint?: string) {
  const dataDir = tempDir('handraise-agent-');
  const resolved = resolveSettings(
    { dataDir, hub: hubA.url, token: TEST_ENROLL_TOKEN, hubFingerprint },
    {},
  );
  return { dataDir, credentials: await ensureEnrolled(resolved) };
}

/** Opens an agent socket with these credentials; resolves 'connected' or the refusal code. */
function tryConnect(hub: Hub, deviceId: string, secret: string): Promise<string> {
  const socket = io(`${hub.url}${AGENT_NAMESPACE}`, {
    auth: { deviceId, secret, protocolVersion: PROTOCOL_VERSION, agentVersion: 'test' },
    reconnection: false,
    transports: ['websocket'],
    // The test's own socket: the pinning under test is the agent's, not this one's.
    rejectUnauthorized: false,
  });
  return new Promise((resolve) => {
    socket.once('connect', () => {
      socket.disconnect();
      resolve('connected');
    });
    socket.once('connect_error', (error) => {
      socket.disconnect();
      resolve(error.message);
    });
  });
}

async function deviceCount(hub: Hub): Promise<number> {
  const token = await signInTls(hub);
  const { body } = await callTlsHub<unknown[]>(hub, '/api/devices', { token });
  if (!body.ok) throw new Error(body.error);
  return body.data.length;
}

describe('enrollment pins the hub certificate', () => {
  test('trusts the certificate presented at first contact, and connects with it', async () => {
    const { dataDir, credentials } = await enrollAgent();
    expect(hubA.url).toMatch(/^https:\/\//);
    expect(credentials.hubPins).toEqual([hubA.certificate!.fingerprint]);
    // Kept with the credentials, which stay private.
    const stored = JSON.parse(readFileSync(agentFiles(dataDir).credentials, 'utf8')) as Credentials;
    expect(stored.hubPins).toEqual([hubA.certificate!.fingerprint]);
    const watched = watchClient(credentials);
    try {
      await until(() => watched.client.isConnected(), 'the pinned connection', SETTLE_MS);
    } finally {
      watched.close();
    }
  });

  test('accepts the fingerprint written as the console shows it, or in lower case without colons', async () => {
    const plain = hubA.certificate!.fingerprint.replaceAll(':', '').toLowerCase();
    const { credentials } = await enrollAgent(plain);
    expect(credentials.hubPins).toEqual([hubA.certificate!.fingerprint]);
  });

  test('refuses to enroll with a hub whose certificate is not the one given, sending it nothing', async () => {
    const before = await deviceCount(hubA);
    const attempt = enrollAgent(hubB.certificate!.fingerprint);
    await expect(attempt).rejects.toThrow(EnrollmentError);
    await expect(attempt).rejects.toThrow(/The hub's certificate changed/);
    expect(await deviceCount(hubA)).toBe(before);
  });
});

describe('an agent with a pinned certificate', () => {
  test('refuses a hub with another certificate, saying so in its log and state', async () => {
    const { credentials } = await enrollAgent();
    // Hub B answers where hub A was: same credentials, another certificate.
    const watched = watchClient({ ...credentials, hub: hubB.url });
    try {
      await until(() => watched.last()?.[0] === 'refused', 'the refusal', SETTLE_MS);
      expect(watched.last()).toEqual(['refused', 'hub-certificate-changed']);
      expect(watched.client.isConnected()).toBe(false);
      const log = watched.logged.join('');
      expect(log).toContain("The hub's certificate changed: it presents");
      expect(log).toContain(hubB.certificate!.fingerprint);
      // It stopped knocking: no further attempts after the refusal.
      const seen = watched.states.length;
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(watched.states.length).toBe(seen);
    } finally {
      watched.close();
    }
  });

  test('running as the service, it stops with the refusal the tray and the command line name', async () => {
    const { dataDir } = await enrollAgent();
    const credentialsFile = agentFiles(dataDir).credentials;
    const enrolled = readCredentials(credentialsFile)!;
    writeCredentials(credentialsFile, { ...enrolled, hub: hubB.url });
    let fatal: Error | undefined;
    const agent = await startAgent(
      { dataDir },
      {
        logger: pino({ level: 'silent' }),
        collect: noInventory,
        reportOnConnect: false,
        onFatal: (error) => (fatal = error),
      },
    );
    try {
      await until(() => fatal !== undefined, 'the agent to give up', SETTLE_MS);
      expect(fatal).toBeInstanceOf(HubRefusedError);
      expect((fatal as HubRefusedError).refusal).toBe('hub-certificate-changed');
      expect(fatal!.message).toMatch(/^The hub's certificate changed/);
      // Its credentials are untouched: once the right hub answers again, it connects.
      expect(readCredentials(credentialsFile)?.hubPins).toEqual(enrolled.hubPins);
    } finally {
      agent.close();
    }
  });

  test("the tray says the hub's certificate changed, not that the enrollment was withdrawn", async () => {
    const { dataDir } = await enrollAgent();
    const credentialsFile = agentFiles(dataDir).credentials;
    writeCredentials(credentialsFile, { ...readCredentials(credentialsFile)!, hub: hubB.url });
    const tray = startTrayRuntime({
      dataDir,
      logger: pino({ level: 'silent' }),
      collect: noInventory,
      snapshot: async () => ({}),
    });
    try {
      await until(() => tray.desk.connection() === 'untrusted', 'the tray to say so', SETTLE_MS);
    } finally {
      tray.close();
    }
  });

  test('pins the certificate of an agent enrolled before pinning at its first connection', async () => {
    const device = await enrollTls(hubA, 'older-agent-pc');
    const pinned: string[][] = [];
    const watched = watchClient(
      { hub: hubA.url, deviceId: device.deviceId, secret: device.secret },
      (pins) => pinned.push(pins),
    );
    try {
      await until(() => watched.client.isConnected(), 'the first connection', SETTLE_MS);
      await until(() => pinned.length > 0, 'the pin', SETTLE_MS);
      expect(pinned[0]).toEqual([hubA.certificate!.fingerprint]);
    } finally {
      watched.close();
    }
  });
});

describe('a planned certificate change', () => {
  test('is announced first, pinned beside the current one, and the switch goes through', async () => {
    const dataDir = tempDir('handraise-hub-moving-');
    const nextDir = tempDir('handraise-hub-next-');
    // The next certificate: the one another hub made for itself (a school would bring its own).
    const made = await startTlsHub(nextDir);
    const nextFingerprint = made.certificate!.fingerprint;
    await made.close();
    const next = selfSignedFiles(nextDir);

    let hub = await startTlsHub(dataDir, { mode: 'self-signed', nextCertFile: next.cert });
    const port = hub.port;
    const oldFingerprint = hub.certificate!.fingerprint;
    expect(hub.certificate!.nextFingerprint).toBe(nextFingerprint);
    const device = await enrollTls(hub, 'moving-pc');
    const pinned: string[][] = [];
    const watched = watchClient(
      {
        hub: hub.url,
        deviceId: device.deviceId,
        secret: device.secret,
        hubPins: [oldFingerprint],
      },
      (pins) => pinned.push(pins),
    );
    try {
      await until(() => pinned.length > 0, 'the announcement', SETTLE_MS);
      expect(pinned.at(-1)).toEqual([oldFingerprint, nextFingerprint]);

      // The switch: the same hub, data and port, now serving the announced certificate.
      await hub.close();
      hub = await startTlsHub(
        dataDir,
        { mode: 'files', certFile: next.cert, keyFile: next.key },
        { port },
      );
      await until(() => pinned.length > 1, 'the hub to name the new certificate alone', SETTLE_MS);
      expect(pinned.at(-1)).toEqual([nextFingerprint]);
      expect(watched.client.isConnected()).toBe(true);
      expect(watched.states.map(([state]) => state)).not.toContain('refused');
    } finally {
      watched.close();
      await hub.close();
    }
  });
});

describe('revoking a computer', () => {
  test('turns its running tray away with words it can show, and refuses its next connection', async () => {
    const { dataDir, credentials } = await enrollAgent();
    const tray = startTrayRuntime({
      dataDir,
      logger: pino({ level: 'silent' }),
      collect: noInventory,
      snapshot: async () => ({}),
    });
    try {
      await until(() => tray.desk.connection() === 'online', 'the tray online', SETTLE_MS);
      const revoked = await callTlsHub<DeviceTrustState>(
        hubA,
        `/api/devices/${credentials.deviceId}/revoke`,
        { token: admin, method: 'POST' },
      );
      expect(revoked.status).toBe(200);
      expect(revoked.body.ok && revoked.body.data.revokedAt).toEqual(expect.any(String));
      await until(() => tray.desk.connection() === 'refused', 'the tray to say so', SETTLE_MS);
    } finally {
      tray.close();
    }
    expect(await tryConnect(hubA, credentials.deviceId, credentials.secret)).toBe('device-revoked');
    const state = await callTlsHub<DeviceTrustState>(
      hubA,
      `/api/devices/${credentials.deviceId}/trust`,
      { token: admin },
    );
    expect(state.body.ok && state.body.data.revokedAt).toEqual(expect.any(String));
  });
});

describe("replacing a computer's secret", () => {
  test('hands the running agent a new secret it keeps; the old one is refused from then on', async () => {
    const { dataDir, credentials: before } = await enrollAgent();
    const agent = await startAgent(
      { dataDir },
      { logger: pino({ level: 'silent' }), collect: noInventory, reportOnConnect: false },
    );
    try {
      await agent.connectedClient();
      const rotated = await callTlsHub<{ rotatedAt: string }>(
        hubA,
        `/api/devices/${before.deviceId}/rotate-secret`,
        { token: admin, method: 'POST' },
      );
      expect(rotated.status).toBe(200);
      expect(rotated.body.ok && Date.parse(rotated.body.data.rotatedAt)).toBeGreaterThan(0);
      const after = readCredentials(agentFiles(dataDir).credentials)!;
      expect(after.secret).not.toBe(before.secret);
      expect(after.hubPins).toEqual(before.hubPins);
      expect(agent.credentials.secret).toBe(after.secret);
      expect(await tryConnect(hubA, before.deviceId, before.secret)).toBe('unauthorized');
      expect(await tryConnect(hubA, before.deviceId, after.secret)).toBe('connected');
    } finally {
      agent.close();
    }
  });
});
