// Transport trust against real hubs serving HTTPS and WSS on loopback: enrollment pins the hub's
// certificate (given, or trusted on first use), any other certificate is refused before anything
// is sent (also when enrolling again), the agent keeps trying until the genuine hub answers, a
// planned certificate change is adopted without a refusal, a revoked computer is turned away (and
// its tray says so), and a replaced secret works while the old one is refused.
import { execFile } from 'node:child_process';
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
    const error = (await attempt.catch((thrown: unknown) => thrown)) as EnrollmentError;
    expect(error.code).toBe('hub-certificate-mismatch');
    // A first enrollment: the fingerprint given is wrong, nothing "changed". Both are in full.
    expect(error.message).toMatch(/^The hub's certificate does not match the fingerprint you gave/);
    expect(error.message).toContain(hubA.certificate!.fingerprint);
    expect(error.message).toContain(hubB.certificate!.fingerprint);
    expect(await deviceCount(hubA)).toBe(before);
  });

  test("accepts the fingerprint as openssl prints it, and as a SHA256: prefix with the hash's base64", async () => {
    const fingerprint = hubA.certificate!.fingerprint;
    const openssl = await enrollAgent(`sha256 Fingerprint=${fingerprint}`);
    expect(openssl.credentials.hubPins).toEqual([fingerprint]);
    const base64 = Buffer.from(fingerprint.replaceAll(':', ''), 'hex')
      .toString('base64')
      .replace(/=$/, '');
    const ssh = await enrollAgent(`SHA256:${base64}`);
    expect(ssh.credentials.hubPins).toEqual([fingerprint]);
  });
});

describe('enrolling again', () => {
  /** An agent enrolled with hub A whose stored hub address now leads to hub B (an impostor). */
  async function enrolledThenImpostor() {
    const { dataDir, credentials } = await enrollAgent();
    const credentialsFile = agentFiles(dataDir).credentials;
    writeCredentials(credentialsFile, { ...credentials, hub: hubB.url });
    return { dataDir, credentials, credentialsFile, file: readFileSync(credentialsFile, 'utf8') };
  }

  test('accepts only the certificates already pinned: an impostor gets no token, and the pins stay', async () => {
    const { dataDir, credentials, credentialsFile, file } = await enrolledThenImpostor();
    const before = await deviceCount(hubB);
    const resolved = resolveSettings({ dataDir, token: TEST_ENROLL_TOKEN }, {});
    const attempt = ensureEnrolled(resolved, { force: true, onWarning: () => undefined });
    await expect(attempt).rejects.toThrow(EnrollmentError);
    const error = (await attempt.catch((thrown: unknown) => thrown)) as EnrollmentError;
    expect(error.code).toBe('hub-certificate-changed');
    expect(error.message).toContain(hubB.certificate!.fingerprint);
    expect(error.message).toContain(credentials.hubPins![0]);
    // Hub B takes the test token: had it been sent, B would have one computer more.
    expect(await deviceCount(hubB)).toBe(before);
    expect(readFileSync(credentialsFile, 'utf8')).toBe(file);
  });

  test('pins kept beside a secret this user cannot unseal still apply when enrolling again', async () => {
    const { dataDir, credentialsFile } = await enrolledThenImpostor();
    // Sealed by a keychain that is not at hand now (another user's, or a reinstalled system).
    const otherKeychain = {
      seal: (text: string) => Buffer.from(text).toString('base64'),
      unseal: () => {
        throw new Error('not this keychain');
      },
    };
    const kept = readCredentials(credentialsFile)!;
    writeCredentials(credentialsFile, kept, otherKeychain);
    expect(readCredentials(credentialsFile)).toBeNull();
    const before = await deviceCount(hubB);
    const resolved = resolveSettings({ dataDir, token: TEST_ENROLL_TOKEN }, {});
    await expect(ensureEnrolled(resolved, { onWarning: () => undefined })).rejects.toThrow(
      /does not trust/,
    );
    expect(await deviceCount(hubB)).toBe(before);
    expect(JSON.parse(readFileSync(credentialsFile, 'utf8'))).toMatchObject({
      hubPins: kept.hubPins,
    });
  });

  test('with the same hub, the pins kept win over another configured fingerprint, with a warning', async () => {
    const { dataDir, credentials } = await enrollAgent();
    const warnings: string[] = [];
    const resolved = resolveSettings(
      {
        dataDir,
        token: TEST_ENROLL_TOKEN,
        hubFingerprint: hubB.certificate!.fingerprint,
      },
      {},
    );
    const again = await ensureEnrolled(resolved, {
      force: true,
      onWarning: (line) => warnings.push(line),
    });
    expect(again.hubPins).toEqual(credentials.hubPins);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(`configured hub fingerprint ${hubB.certificate!.fingerprint}`);
    expect(warnings[0]).toContain('remove credentials.json');
  });
});

describe('an agent with a pinned certificate', () => {
  test('refuses a hub with another certificate, saying so in its log and state, and keeps trying', async () => {
    const { credentials } = await enrollAgent();
    // Hub B answers where hub A was: same credentials, another certificate.
    const watched = watchClient({ ...credentials, hub: hubB.url });
    const refusals = () => watched.states.filter(([state]) => state === 'untrusted').length;
    try {
      await until(() => refusals() > 0, 'the refusal', SETTLE_MS);
      expect(watched.last()).toEqual(['untrusted', 'hub-certificate-changed']);
      expect(watched.client.isConnected()).toBe(false);
      const log = watched.logged.join('');
      expect(log).toContain('presents a certificate this computer does not trust');
      // In full: a shortened one could hide the very pairs that differ.
      expect(log).toContain(hubB.certificate!.fingerprint);
      expect(log).toContain(credentials.hubPins![0]);
      // It knocks again (the test's back-off is short), and is refused again each time.
      await until(() => refusals() >= 3, 'more attempts', SETTLE_MS);
      expect(watched.states.map(([state]) => state)).not.toContain('refused');
      expect(watched.states.map(([state]) => state)).not.toContain('connected');
    } finally {
      watched.close();
    }
  });

  test('running as the service, it refuses the impostor, then connects when the genuine hub is back', async () => {
    // The genuine hub, then an impostor at its address and port, then the genuine hub again.
    const genuineDir = tempDir('handraise-hub-genuine-');
    let genuine = await startTlsHub(genuineDir);
    const port = genuine.port;
    const dataDir = tempDir('handraise-agent-');
    const resolved = resolveSettings({ dataDir, hub: genuine.url, token: TEST_ENROLL_TOKEN }, {});
    const enrolled = await ensureEnrolled(resolved);
    await genuine.close();
    let impostor: Hub | null = await startTlsHub(tempDir('handraise-hub-impostor-'), undefined, {
      port,
    });
    const states: HubClientState[] = [];
    let fatal: Error | undefined;
    const agent = await startAgent(
      { dataDir },
      {
        logger: pino({ level: 'silent' }),
        collect: noInventory,
        reportOnConnect: false,
        onStateChange: (state) => states.push(state),
        onFatal: (error) => (fatal = error),
      },
    );
    try {
      await until(() => states.includes('untrusted'), 'the refusal', SETTLE_MS);
      await impostor.close();
      impostor = null;
      genuine = await startTlsHub(genuineDir, undefined, { port });
      await agent.connectedClient();
      expect(agent.client.isConnected()).toBe(true);
      expect(fatal).toBeUndefined();
      expect(states).not.toContain('refused');
      // Its credentials are untouched by the impostor.
      expect(readCredentials(agentFiles(dataDir).credentials)?.hubPins).toEqual(enrolled.hubPins);
    } finally {
      agent.close();
      await impostor?.close();
      await genuine.close();
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

/** The agent's command line as a real process. */
function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const entry = join(import.meta.dirname, '../../src/core/cli.ts');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--disable-warning=ExperimentalWarning', entry, ...args],
      { env: { ...process.env, HANDRAISE_LOG_LEVEL: 'silent' }, timeout: 60_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('the command line with an untrusted server', () => {
  test('run --once names the untrusted certificate after its timeout, and exits 2', async () => {
    const { dataDir } = await enrollAgent();
    const credentialsFile = agentFiles(dataDir).credentials;
    writeCredentials(credentialsFile, { ...readCredentials(credentialsFile)!, hub: hubB.url });
    const run = await cli(['run', '--once', '--timeout', '3', '--data-dir', dataDir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("The hub's certificate changed");
  });

  test('status warns that a configured fingerprint other than the pins is not used', async () => {
    const { dataDir, credentials } = await enrollAgent();
    const other = hubB.certificate!.fingerprint;
    const status = await cli(['status', '--data-dir', dataDir, '--hub-fingerprint', other]);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`Trusts the hub certificate ${credentials.hubPins![0]}`);
    expect(status.stdout).toContain(`Warning: The configured hub fingerprint ${other}`);
    const agreeing = await cli([
      'status',
      '--data-dir',
      dataDir,
      '--hub-fingerprint',
      credentials.hubPins![0]!,
    ]);
    expect(agreeing.stdout).not.toContain('Warning');
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
