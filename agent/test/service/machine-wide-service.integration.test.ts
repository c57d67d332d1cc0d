// The machine-wide service as it runs on a shared computer: a real `service run` process with a
// real hub, a tray that finds it on the local channel and asks for help through it, another local
// account that cannot see or answer that request, and the service stopping under an open tray.
import { spawn } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
import type { HelpRequest, HelpRequestDetail } from '@handraise/shared';
import { openOutbox } from '../../src/core/outbox.ts';
import { chooseTrayRuntime, type ChosenTrayRuntime } from '../../src/tray/service-runtime.ts';
import { AGENT_CLI, startNode } from '../../../console/test/support/processes.ts';
import { hubTest } from '../support/hub-fixture.ts';
import { enrollComputer } from '../support/hub-harness.ts';
import { until } from '../support/until.ts';

const CLIENT_SCRIPT = join(import.meta.dirname, 'support', 'channel-client-script.ts');
/** `nobody` on Linux and macOS: an account that is not the test's. */
const OTHER_UID = 65534;
const isRoot = process.getuid?.() === 0;
const silent = pino({ level: 'silent' });
/** Longest wait for a client process run as another account, in ms. */
const CLIENT_LIMIT_MS = 30_000;

type ClientAnswer = {
  ok: boolean;
  code?: string;
  data?: unknown;
  account?: { id: string; name: string };
};

/** Runs the channel client script as the account `uid`, bounded; its one line of JSON. */
function clientAs(
  uid: number,
  socket: string,
  method: string,
  params: object,
): Promise<ClientAnswer> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--disable-warning=ExperimentalWarning',
        CLIENT_SCRIPT,
        socket,
        method,
        JSON.stringify(params),
      ],
      {
        env: { PATH: process.env.PATH, HOME: '/tmp', HANDRAISE_TEST_CLIENT_UID: String(uid) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), CLIENT_LIMIT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', () => {
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout) as ClientAnswer);
      } catch {
        reject(new Error(`the client printed no answer; stdout: ${stdout}; stderr: ${stderr}`));
      }
    });
  });
}

/** A data folder, a run folder every account can enter, and the service on them. */
async function startServiceOn(tempDir: (prefix: string) => string, agentDir: string) {
  const runDir = tempDir('handraise-run-');
  chmodSync(runDir, 0o755);
  const socket = join(runDir, 'handraise-agent', 'agent.sock');
  const start = () => {
    const service = startNode([AGENT_CLI, 'service', 'run', '--data-dir', agentDir], {
      HANDRAISE_AGENT_SOCKET: socket,
    });
    return service;
  };
  const service = start();
  await service.waitForLine(/Handraise service/);
  return { socket, service, start };
}

describe.runIf(process.platform !== 'win32')('the machine-wide service', () => {
  hubTest(
    'a tray asks over the local channel; the hub learns which account asked; another cannot see it',
    async ({ hub, api, tempDir }) => {
      const agentDir = tempDir('handraise-service-data-');
      const { deviceId } = await enrollComputer(hub.url, agentDir, 'lab-pc-7');
      const { socket, service } = await startServiceOn(tempDir, agentDir);

      const tray: ChosenTrayRuntime = await chooseTrayRuntime({
        dataDir: tempDir('handraise-tray-own-'),
        logger: silent,
        channelPath: socket,
      });
      try {
        expect(tray.mode).toBe('service');
        await until(() => tray.desk.connection() === 'online', 'the service to reach the hub');
        const made = await tray.desk.ask({
          category: 'internet',
          text: 'Wi-Fi drops every 5 minutes',
        });
        expect(made.text).toBe('Wi-Fi drops every 5 minutes');

        const hubRequests = () => api<HelpRequest[]>(`/api/requests?deviceId=${deviceId}`);
        await until(async () => (await hubRequests()).length === 1, 'the request to reach the hub');
        const [request] = await hubRequests();
        const detail = await api<HelpRequestDetail>(`/api/requests/${request!.id}`);
        expect(detail.localAccount).toBe(userInfo().username);
        expect(detail.text).toBe('Wi-Fi drops every 5 minutes');
        // The tray follows it under the hub's id, so the person can reply.
        await until(
          () => tray.desk.list().some((r) => r.id === request!.id),
          'the tray to hear the hub’s id',
        );
        await tray.desk.reply(request!.id, 'It is the laptop by the window');
        await until(
          async () =>
            (await api<HelpRequestDetail>(`/api/requests/${request!.id}`)).events.some(
              (e) => e.body === 'It is the laptop by the window',
            ),
          'the reply to reach the hub',
        );

        if (isRoot) {
          const store = openOutbox(join(agentDir, 'agent.sqlite'));
          const itemsBefore = store.all().length;
          const eventsBefore = (await api<HelpRequestDetail>(`/api/requests/${request!.id}`)).events
            .length;

          const listed = await clientAs(OTHER_UID, socket, 'list', {});
          expect(listed).toMatchObject({ ok: true, data: [], account: { id: String(OTHER_UID) } });
          const replied = await clientAs(OTHER_UID, socket, 'reply', {
            requestId: request!.id,
            text: 'not mine to answer',
          });
          expect(replied).toMatchObject({ ok: false, code: 'not-found' });
          const fixed = await clientAs(OTHER_UID, socket, 'feedback', {
            requestId: request!.id,
            fixed: true,
          });
          expect(fixed).toMatchObject({ ok: false, code: 'not-found' });

          // Nothing changed: no item in the outbox, nothing on the hub's timeline.
          expect(store.all().length).toBe(itemsBefore);
          store.close();
          expect((await api<HelpRequestDetail>(`/api/requests/${request!.id}`)).events.length).toBe(
            eventsBefore,
          );
        }
      } finally {
        tray.close();
        service.child.kill('SIGTERM');
      }
      expect((await service.finished).code).toBe(0);
    },
    // Two hub clients, the service and several client processes run as another account start
    // here: on a loaded two-core machine that alone can take most of a minute.
    120_000,
  );

  hubTest(
    'when the service stops, the open tray says so, refuses new requests clearly and comes back',
    async ({ hub, tempDir }) => {
      const agentDir = tempDir('handraise-service-data-');
      await enrollComputer(hub.url, agentDir, 'lab-pc-8');
      const first = await startServiceOn(tempDir, agentDir);
      const tray = await chooseTrayRuntime({
        dataDir: tempDir('handraise-tray-own-'),
        logger: silent,
        channelPath: first.socket,
        reconnectMs: 200,
      });
      let second: ReturnType<typeof first.start> | null = null;
      try {
        await until(() => tray.desk.connection() === 'online', 'the service to reach the hub');
        const saved = await tray.desk.ask({ category: 'printer', text: 'Printer offline' });
        const heard: string[] = [];
        tray.desk.subscribe((event) => {
          if (event.type === 'connection') heard.push(event.connection);
        });

        first.service.child.kill('SIGKILL');
        await until(() => tray.desk.connection() === 'offline', 'the tray to notice');
        expect(heard).toContain('offline');
        // Refused, not lost: the window keeps what was typed and says it did not work.
        await expect(
          tray.desk.ask({ category: 'printer', text: 'Still offline' }),
        ).rejects.toMatchObject({ code: 'unavailable' });
        // What was sent before is still listed.
        expect(tray.desk.list().map((r) => r.key)).toContain(saved.key);

        second = first.start();
        await second.waitForLine(/Handraise service/);
        await until(() => tray.desk.connection() === 'online', 'the tray to reconnect');
        expect(tray.desk.list().map((r) => r.key)).toContain(saved.key);
        const again = await tray.desk.ask({ category: 'printer', text: 'Still offline' });
        expect(again.state).toMatch(/saved|new/);
      } finally {
        tray.close();
        second?.child.kill('SIGTERM');
      }
    },
  );

  hubTest('a tray with no service answering runs the core itself', async ({ tempDir }) => {
    const tray = await chooseTrayRuntime({
      dataDir: tempDir('handraise-tray-own-'),
      logger: silent,
      // No folder either: no service is installed, so the tray does not wait for one.
      channelPath: join(tempDir('handraise-run-'), 'handraise-agent', 'agent.sock'),
      serviceInstalled: () => false,
    });
    try {
      expect(tray.mode).toBe('own');
      const saved = await tray.desk.ask({ category: 'other', text: 'Kept here until enrolled' });
      expect(tray.desk.list().map((r) => r.key)).toEqual([saved.key]);
      expect(tray.about(null).enrolled).toBe(false);
    } finally {
      tray.close();
    }
  });
});
