// A planned certificate change, counted: the hub announces its next certificate, each real agent
// (the headless core's hub client over WSS) answers with the certificates it now trusts, and the
// coordinator's GET /api/admin/hub-certificate says how many computers are ready, of how many. An
// older agent that does not answer, or one that answers nonsense, counts as not ready; a revoked
// computer is not counted at all; advisors cannot read it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  AGENT_NAMESPACE,
  PROTOCOL_VERSION,
  type Enrolled,
  type HubCertificateInfo,
  type User,
} from '@handraise/shared';
import { createHubClient } from '../../../agent/src/core/hub-client.ts';
import { openOutbox } from '../../../agent/src/core/outbox.ts';
import {
  callTlsHub,
  enrollTls,
  signInTls,
  startTlsHub,
} from '../../../agent/test/support/tls-hub.ts';
import { until } from '../../../agent/test/support/until.ts';
import type { Hub } from '../../src/hub/create-hub.ts';
import { ADVISOR } from '../../src/hub/testing/advisor.ts';
import { selfSignedFiles } from '../../src/hub/tls/hub-certificate.ts';

const SETTLE_MS = 15_000;
const NEVER_MS = 2 ** 31 - 1;

const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
};

let hub: Hub;
let admin: string;
const closers: (() => void)[] = [];

beforeAll(async () => {
  // The next certificate: the one another hub made for itself.
  const nextDir = tempDir('handraise-hub-next-');
  const made = await startTlsHub(nextDir);
  await made.close();
  hub = await startTlsHub(tempDir('handraise-hub-'), {
    mode: 'self-signed',
    nextCertFile: selfSignedFiles(nextDir).cert,
  });
  admin = await signInTls(hub);
});

afterAll(async () => {
  for (const close of closers) close();
  await hub.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The real agent's hub client for an enrolled computer, pinning the hub's current certificate. */
function realAgent(device: Enrolled): { pins: string[][] } {
  const store = openOutbox(join(tempDir('handraise-agent-'), 'agent.sqlite'));
  const pins: string[][] = [];
  const client = createHubClient({
    credentials: {
      hub: hub.url,
      deviceId: device.deviceId,
      secret: device.secret,
      hubPins: [hub.certificate!.fingerprint],
    },
    agentVersion: 'test',
    store,
    collect: () => Promise.reject(new Error('inventory is not part of this test')),
    logger: pino({ level: 'silent' }),
    inventoryIntervalMs: NEVER_MS,
    reportOnConnect: false,
    reconnect: { delayMs: 50, maxDelayMs: 50, jitter: 0 },
    onHubPins: (held) => pins.push(held),
  });
  client.start();
  closers.push(() => {
    client.close();
    store.close();
  });
  return { pins };
}

/** An agent connection that hears the announcement and answers `answer` (or never answers). */
function rawAgent(device: Enrolled, answer: ((ack: (value: unknown) => void) => void) | null) {
  const socket = io(`${hub.url}${AGENT_NAMESPACE}`, {
    auth: {
      deviceId: device.deviceId,
      secret: device.secret,
      protocolVersion: PROTOCOL_VERSION,
      agentVersion: 'older',
    },
    reconnection: false,
    transports: ['websocket'],
    // Trusted by fingerprint in the real agent; this stand-in only needs to reach the hub.
    rejectUnauthorized: false,
  });
  const heard = new Promise<void>((resolve) =>
    socket.on('hub:trust', (_trust: unknown, ack: (value: unknown) => void) => {
      answer?.(ack);
      resolve();
    }),
  );
  closers.push(() => socket.disconnect());
  return heard;
}

async function readiness(token = admin) {
  return callTlsHub<HubCertificateInfo>(hub, '/api/admin/hub-certificate', { token });
}

describe('computers ready for the next certificate', () => {
  test('counts the agents that said they trust it, of the computers the hub manages', async () => {
    const next = hub.certificate!.nextFingerprint!;
    expect(next).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    const [ready, older, confused, revoked] = await Promise.all(
      ['ready-pc', 'older-pc', 'confused-pc', 'revoked-pc'].map((name) => enrollTls(hub, name)),
    );
    const before = await readiness();
    expect(before.body).toEqual({
      ok: true,
      data: {
        tls: true,
        fingerprint: hub.certificate!.fingerprint,
        nextFingerprint: next,
        nextReady: { ready: 0, total: 4 },
      },
    });
    const revokedAnswer = await callTlsHub(hub, `/api/devices/${revoked!.deviceId}/revoke`, {
      token: admin,
      method: 'POST',
    });
    expect(revokedAnswer.body.ok).toBe(true);

    await rawAgent(older!, null);
    await rawAgent(confused!, (ack) => ack({ ok: true, data: { fingerprints: 'all of them' } }));
    const agent = realAgent(ready!);
    await until(() => agent.pins.length > 0, 'the real agent to adopt the announcement', SETTLE_MS);
    expect(agent.pins.at(-1)).toEqual([hub.certificate!.fingerprint, next]);

    const counted = async () => {
      const { body } = await readiness();
      return body.ok ? body.data.nextReady : null;
    };
    await until(
      async () => (await counted())?.ready === 1,
      'the hub to record the answer',
      SETTLE_MS,
    );
    // The revoked computer is not counted; the silent and the confused ones are not ready.
    expect(await counted()).toEqual({ ready: 1, total: 3 });
  });

  test('is for coordinators only', async () => {
    const created = await callTlsHub<User>(hub, '/api/users', { token: admin, body: ADVISOR });
    expect(created.body.ok).toBe(true);
    const session = await callTlsHub<{ token: string }>(hub, '/api/session', {
      body: { username: ADVISOR.username, password: ADVISOR.password },
    });
    if (!session.body.ok) throw new Error(session.body.error);
    expect((await readiness(session.body.data.token)).body).toEqual({
      ok: false,
      error: 'forbidden',
    });
  });
});
