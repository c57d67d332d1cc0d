// The reference deployment, run for real: build/deploy/haproxy.cfg as shipped, in front of two hub
// processes sharing one PostgreSQL database. Consoles on long-polling stay on their hub (the
// cookie), agents on WebSocket go to either, and when one hub is killed its agents and consoles
// come back through the same address to the other and keep hearing live updates.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AGENT_NAMESPACE,
  CONSOLE_NAMESPACE,
  PROTOCOL_VERSION,
  type Enrolled,
  type HelpRequest,
  type SessionCreated,
} from '@handraise/shared';
import { makeSelfSignedCertificate } from '../../src/hub/tls/self-signed.ts';
import { createTestDatabase } from '../../src/hub/testing/postgres-test-databases.ts';
import {
  nextEvent,
  TEST_ADMIN_PASSWORD,
  TEST_ENROLL_TOKEN,
  whenConnected,
  type AgentClient,
  type ConsoleClient,
} from '../../src/hub/testing/test-hub.ts';
import { freePort } from '../support/ports.ts';
import { killAll, REPO_ROOT, type Running } from '../support/processes.ts';
import { startHubProcess } from './support/hub-kill.ts';

const CONFIG = join(REPO_ROOT, 'build', 'deploy', 'haproxy.cfg');
/** Bounded waits: HAProxy checks every second and gives up on a hub after two misses. */
const WAIT_MS = 30_000;

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  killAll();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** JSON over HTTPS to the balancer, trusting only its certificate. */
function call<T>(
  url: string,
  ca: string,
  init: { body?: unknown; token?: string } = {},
): Promise<{ status: number; data: T }> {
  return new Promise((resolve, reject) => {
    const body = init.body === undefined ? undefined : JSON.stringify(init.body);
    const req = request(
      url,
      {
        method: body === undefined ? 'GET' : 'POST',
        ca,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          const parsed = JSON.parse(text) as { data: T };
          resolve({ status: response.statusCode ?? 0, data: parsed.data });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function until(condition: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await condition().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function startHaproxy(env: NodeJS.ProcessEnv): ChildProcess {
  const child = spawn('haproxy', ['-f', CONFIG, '-db'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  child.once('error', (error) => {
    throw new Error(`HAProxy could not start (Debian: apt-get install haproxy): ${error.message}`);
  });
  child.once('exit', (code) => {
    if (code !== null && code !== 0) process.stderr.write(`haproxy exited ${code}: ${errors}\n`);
  });
  cleanups.push(() => {
    child.kill('SIGKILL');
  });
  return child;
}

describe('several hubs behind HAProxy (build/deploy/haproxy.cfg)', () => {
  it('keeps consoles on their hub, and one hub killed: everyone comes back to the other', async () => {
    const database = await createTestDatabase();
    if (!database) throw new Error('run under the postgres test project (npm run test:postgres)');
    cleanups.push(() => database.drop());
    const folder = mkdtempSync(join(tmpdir(), 'handraise-lb-'));
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    const pair = await makeSelfSignedCertificate(new Date(), 'handraise.test', []);
    const pemFile = join(folder, 'school.pem');
    writeFileSync(pemFile, pair.cert + pair.key, { mode: 0o600 });

    const [port1, port2, lbPort] = [await freePort(), await freePort(), await freePort()];
    const hubs: Running[] = [];
    for (const [index, port] of [port1, port2].entries()) {
      const dataDir = join(folder, `hub-${index + 1}`);
      hubs.push(
        await startHubProcess({ dataDir, databaseUrl: database.url }, port, {
          HANDRAISE_TRUST_PROXY: '127.0.0.1',
        }),
      );
    }
    startHaproxy({
      HANDRAISE_LB_BIND: `127.0.0.1:${lbPort}`,
      HANDRAISE_LB_CERT: pemFile,
      HANDRAISE_HUB_1: `127.0.0.1:${port1}`,
      HANDRAISE_HUB_2: `127.0.0.1:${port2}`,
    });
    const url = `https://127.0.0.1:${lbPort}`;
    await until(
      async () => (await call(`${url}/api/status`, pair.cert)).status === 200,
      'the balancer to answer',
    );

    const { data: session } = await call<SessionCreated>(`${url}/api/session`, pair.cert, {
      body: { username: 'admin', password: TEST_ADMIN_PASSWORD },
    });
    // Consoles as a browser opens them: long-polling first, with cookies (the hub's stickiness).
    const consoles = await Promise.all(
      Array.from({ length: 4 }, () =>
        whenConnected(
          io(`${url}${CONSOLE_NAMESPACE}`, {
            auth: { token: session.token },
            ca: pair.cert,
            withCredentials: true,
            reconnectionDelay: 200,
            reconnectionDelayMax: 1_000,
          }) as ConsoleClient,
        ),
      ),
    );
    cleanups.push(() => consoles.forEach((c) => c.disconnect()));
    // Polling sessions that reached another hub would fail; they upgrade and stay connected.
    await until(
      () => Promise.resolve(consoles.every((c) => c.io.engine.transport.name === 'websocket')),
      'the consoles to upgrade to WebSocket',
    );

    const agents: AgentClient[] = [];
    for (let i = 0; i < 4; i++) {
      const { data: enrolled } = await call<Enrolled>(`${url}/api/enroll`, pair.cert, {
        body: {
          token: TEST_ENROLL_TOKEN,
          identity: { hostname: `lab-pc-${i}` },
          protocolVersion: PROTOCOL_VERSION,
        },
      });
      agents.push(
        await whenConnected(
          io(`${url}${AGENT_NAMESPACE}`, {
            auth: {
              deviceId: enrolled.deviceId,
              secret: enrolled.secret,
              protocolVersion: PROTOCOL_VERSION,
              agentVersion: 'test',
            },
            ca: pair.cert,
            transports: ['websocket'],
            reconnectionDelay: 200,
            reconnectionDelayMax: 1_000,
          }) as AgentClient,
        ),
      );
    }
    cleanups.push(() => agents.forEach((a) => a.disconnect()));

    const raiseEverywhere = async (text: string) => {
      for (const agent of agents) {
        const heard = consoles.map((c) => nextEvent<HelpRequest>(c, 'request:created', WAIT_MS));
        const raised = await agent.emitWithAck('help:create', {
          idempotencyKey: crypto.randomUUID(),
          createdAt: new Date().toISOString(),
          category: 'other',
          text,
        });
        expect(raised.ok).toBe(true);
        for (const request of await Promise.all(heard)) expect(request.text).toBe(text);
      }
    };
    // Every agent's request reaches every console, whichever hub each sits on.
    await raiseEverywhere('The projector shows no picture');

    // One hub is killed: its agents and consoles reconnect through the balancer to the other.
    const everyone = [...agents, ...consoles];
    let cutOff = 0;
    for (const socket of everyone) socket.on('disconnect', () => (cutOff += 1));
    hubs[0]!.child.kill('SIGKILL');
    await hubs[0]!.finished;
    // Round robin put some of each on the killed hub.
    await until(() => Promise.resolve(cutOff >= 2), 'the killed hub’s sockets to drop');
    await until(
      () => Promise.resolve(everyone.every((s) => s.connected)),
      'everyone to be connected again',
    );
    await raiseEverywhere('The printer in room 4 is offline');
  }, 120_000);
});
