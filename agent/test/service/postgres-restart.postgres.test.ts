// PostgreSQL restarted under a running hub and a running agent: nobody restarts the hub, and a
// request the agent took while the database was away reaches it from the agent's outbox.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { startPostgresCluster } from '../../../console/src/hub/testing/postgres-cluster.ts';
import { startTestHub } from '../../../console/src/hub/testing/test-hub.ts';
import { AGENT_CLI, killAll, startNode } from '../../../console/test/support/processes.ts';
import { chooseTrayRuntime } from '../../src/tray/service-runtime.ts';
import { enrollComputer } from '../support/hub-harness.ts';
import { until } from '../support/until.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  killAll();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The outbox retries every 15–45 s: room for two tries on a busy machine. */
const DELIVERY_MS = 100_000;

describe.runIf(process.platform !== 'win32')('PostgreSQL restarted under load', () => {
  it('the hub recovers by itself and the agent’s outbox delivers what it took meanwhile', async () => {
    // A cluster of its own: this test stops and starts it.
    const cluster = await startPostgresCluster({ fast: true });
    cleanups.push(() => cluster.stop());
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('create database handraise');
    await admin.end();
    const hub = await startTestHub({ databaseUrl: cluster.url('handraise') });
    cleanups.push(() => hub.close());
    const coordinator = await hub.signIn();

    // The machine-wide service, connected, and a tray on its local channel.
    const agentDir = tempDir('handraise-service-data-');
    const { deviceId } = await enrollComputer(hub.hub.url, agentDir, 'lab-pc-3');
    const runDir = tempDir('handraise-run-');
    chmodSync(runDir, 0o755);
    const socket = join(runDir, 'handraise-agent', 'agent.sock');
    const service = startNode([AGENT_CLI, 'service', 'run', '--data-dir', agentDir], {
      HANDRAISE_AGENT_SOCKET: socket,
    });
    await service.waitForLine(/Handraise service/);
    const tray = await chooseTrayRuntime({
      dataDir: tempDir('handraise-tray-'),
      logger: pino({ level: 'silent' }),
      channelPath: socket,
    });
    cleanups.push(() => tray.close());
    await until(() => tray.desk.connection() === 'online', 'the service to reach the hub');

    await cluster.shutdown();
    // Taken while the database is away: the hub cannot store it, the service keeps it.
    const asked = await tray.desk.ask({ category: 'other', text: 'The whiteboard pen is dry' });
    expect(asked.text).toBe('The whiteboard pen is dry');
    await cluster.start();

    const requests = async () => {
      const answer = await hub.http<HelpRequest[]>(`/api/requests?deviceId=${deviceId}`, {
        token: coordinator,
      });
      return answer.body.ok ? answer.body.data : [];
    };
    await until(async () => (await requests()).length === 1, 'the request', DELIVERY_MS);
    expect((await requests())[0]).toMatchObject({ text: 'The whiteboard pen is dry' });
  }, 180_000);
});
