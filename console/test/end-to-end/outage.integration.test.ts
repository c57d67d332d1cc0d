// Nothing a requester sends is lost: hub down, request raised, agent killed and restarted, hub back.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { createHub, type Hub } from '../../src/hub/create-hub.ts';
import type { HubConfig } from '../../src/hub/config.ts';
import { freePort } from '../support/ports.ts';
import {
  nextEvent,
  TEST_ADMIN_PASSWORD,
  TEST_ENROLL_TOKEN,
} from '../../src/hub/testing/test-hub.ts';
import { io } from 'socket.io-client';
import { AGENT_CLI, killAll, runAgent, startNode } from '../support/processes.ts';

describe('outage', () => {
  const hubDir = mkdtempSync(join(tmpdir(), 'handraise-hub-'));
  const agentDir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
  let hub: Hub | undefined;

  afterAll(async () => {
    killAll();
    await hub?.close();
    rmSync(hubDir, { recursive: true, force: true });
    rmSync(agentDir, { recursive: true, force: true });
  });

  it('a request raised while the hub is down arrives exactly once after the agent is killed and restarted', async () => {
    const port = await freePort();
    const config: HubConfig = {
      dataDir: hubDir,
      port,
      host: '127.0.0.1',
      adminPassword: TEST_ADMIN_PASSWORD,
      enrollToken: TEST_ENROLL_TOKEN,
      corsOrigins: [],
      logLevel: 'silent',
    };
    const startHub = () => createHub({ config, logger: pino({ level: 'silent' }) });
    const hubUrl = `http://127.0.0.1:${port}`;

    // Enroll while the hub is up, then take it down.
    hub = await startHub();
    expect(
      (
        await runAgent([
          'run',
          '--hub',
          hubUrl,
          '--token',
          TEST_ENROLL_TOKEN,
          '--once',
          '--data-dir',
          agentDir,
        ])
      ).code,
    ).toBe(0);
    await hub.close();
    hub = undefined;

    // The request is raised while nothing answers: it is saved, and the command says so.
    const help = await runAgent([
      'help',
      'Cannot log in to the laptop cart computer',
      '--category',
      'sign-in',
      '--timeout',
      '2',
      '--data-dir',
      agentDir,
    ]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('it will be sent when the school network is back');
    const key = /Saved your request \(([0-9a-f-]{36})\)/.exec(help.stdout)?.[1];
    expect(key).toBeDefined();

    // The service starts, keeps failing to connect, and is killed without a chance to clean up.
    const first = startNode([AGENT_CLI, 'run', '--data-dir', agentDir], {
      HANDRAISE_LOG_LEVEL: 'info',
    });
    await first.waitForLine(/Handraise agent/);
    await first.waitForLine(/"state":"disconnected"/, 20_000, 'stderr');
    first.child.kill('SIGKILL');
    expect((await first.finished).signal).toBe('SIGKILL');

    // It is started again, and then the hub comes back.
    const second = startNode([AGENT_CLI, 'run', '--data-dir', agentDir]);
    await second.waitForLine(/Handraise agent/);
    hub = await startHub();
    const session = await fetch(`${hubUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
    });
    const token = ((await session.json()) as { data: { token: string } }).data.token;
    const consoleSocket = io(`${hubUrl}/console`, {
      auth: { token },
      transports: ['websocket'],
      reconnection: false,
    });
    try {
      const arrived = await nextEvent<HelpRequest>(consoleSocket, 'request:created', 30_000);
      expect(arrived).toMatchObject({
        category: 'sign-in',
        text: 'Cannot log in to the laptop cart computer',
      });

      // The agent's own record agrees, and restarting it once more sends nothing again.
      second.child.kill('SIGTERM');
      expect((await second.finished).code).toBe(0);
      const status = await runAgent(['status', '--data-dir', agentDir]);
      expect(status.stdout).toContain('0 waiting to be sent, 1 delivered');
      expect((await runAgent(['run', '--once', '--data-dir', agentDir])).code).toBe(0);

      const list = await fetch(`${hubUrl}/api/requests`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const requests = ((await list.json()) as { data: HelpRequest[] }).data;
      expect(requests).toHaveLength(1);
      expect(requests[0]!.id).toBe(arrived.id);
    } finally {
      consoleSocket.disconnect();
    }
  });
});
