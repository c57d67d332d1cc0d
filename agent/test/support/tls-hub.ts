// Test support: a real hub serving HTTPS and WSS on loopback, and JSON calls to it that trust
// exactly its certificate (the same pinning the agent does).
import { request } from 'node:https';
import pino from 'pino';
import { PROTOCOL_VERSION, type Ack, type Enrolled, type SessionCreated } from '@handraise/shared';
import type { HubConfig } from '../../../console/src/hub/config.ts';
import { createHub, type Hub } from '../../../console/src/hub/create-hub.ts';
import {
  TEST_ADMIN_PASSWORD,
  TEST_ENROLL_TOKEN,
  testHubConfig,
} from '../../../console/src/hub/testing/test-hub.ts';
import type { HubTls } from '../../../console/src/hub/tls/tls-config.ts';
import { PinnedAgent } from '../../src/core/trust/pinned-agent.ts';

/** Starts a hub over `dataDir` with TLS (its own certificate unless told otherwise). */
export function startTlsHub(
  dataDir: string,
  tls: HubTls = { mode: 'self-signed' },
  overrides: Partial<HubConfig> = {},
): Promise<Hub> {
  return createHub({
    config: testHubConfig(dataDir, { tls, ...overrides }),
    logger: pino({ level: 'silent' }),
  });
}

/** One JSON call to the hub, trusting only the certificate it serves; answers status and body. */
export function callTlsHub<T>(
  hub: Hub,
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<{ status: number; body: Ack<T> }> {
  const fingerprint = hub.certificate?.fingerprint;
  if (!fingerprint) throw new Error('this hub serves plain HTTP');
  const agent = new PinnedAgent({ pins: [fingerprint] });
  const text = init.body === undefined ? undefined : JSON.stringify(init.body);
  return new Promise((resolve, reject) => {
    const req = request(
      new URL(path, hub.url),
      {
        method: init.method ?? (text === undefined ? 'GET' : 'POST'),
        agent,
        headers: {
          ...(text === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          agent.destroy();
          resolve({
            status: response.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Ack<T>,
          });
        });
      },
    );
    req.on('error', (error) => {
      agent.destroy();
      reject(error);
    });
    req.end(text);
  });
}

/** The test coordinator's session on the hub. */
export async function signInTls(hub: Hub): Promise<string> {
  const { body } = await callTlsHub<SessionCreated>(hub, '/api/session', {
    body: { username: 'admin', password: TEST_ADMIN_PASSWORD },
  });
  if (!body.ok) throw new Error(`sign-in refused: ${body.error}`);
  return body.data.token;
}

/** Enrolls a computer through the API (as the test, not as an agent). */
export async function enrollTls(hub: Hub, hostname: string): Promise<Enrolled> {
  const { body } = await callTlsHub<Enrolled>(hub, '/api/enroll', {
    body: { token: TEST_ENROLL_TOKEN, identity: { hostname }, protocolVersion: PROTOCOL_VERSION },
  });
  if (!body.ok) throw new Error(`enrollment refused: ${body.error}`);
  return body.data;
}
