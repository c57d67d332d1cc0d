// The requester's side as the tray uses it (agent core help desk), against a real hub that starts
// late: saved while offline, delivered once on connect, then a live conversation with a helper.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { io } from 'socket.io-client';
import { afterAll, describe, expect, it } from 'vitest';
import type {
  Ack,
  ConsoleToHubEvents,
  HelpRequest,
  HelpRequestDetail,
  RequesterMessage,
} from '@handraise/shared';
import { startAgent, type RunningAgent } from '../../../agent/src/core/agent-service.ts';
import { writeCredentials } from '../../../agent/src/core/credentials.ts';
import {
  createHelpDesk,
  type HelpDeskEvent,
  type MyRequest,
} from '../../../agent/src/core/help-desk.ts';
import { openOutbox } from '../../../agent/src/core/outbox.ts';
import type { HubConfig } from '../../src/hub/config.ts';
import { freePort } from '../support/ports.ts';
import { createHub, type Hub } from '../../src/hub/create-hub.ts';
import {
  nextEvent,
  TEST_ADMIN_PASSWORD,
  TEST_ENROLL_TOKEN,
} from '../../src/hub/testing/test-hub.ts';

/** Waits (bounded) until the help desk reports something that satisfies the predicate. */
function until<T>(
  desk: ReturnType<typeof createHelpDesk>,
  pick: (e: HelpDeskEvent) => T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error('help desk did not report it in time'));
    }, timeoutMs);
    const stop = desk.subscribe((event) => {
      const value = pick(event);
      if (value !== undefined) {
        clearTimeout(timer);
        stop();
        resolve(value);
      }
    });
  });
}

describe("help desk (the tray's core)", () => {
  const hubDir = mkdtempSync(join(tmpdir(), 'handraise-hub-'));
  const agentDir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
  let hub: Hub | undefined;
  let agent: RunningAgent | undefined;
  const store = openOutbox(join(agentDir, 'agent.sqlite'));

  afterAll(async () => {
    agent?.close();
    store.close();
    await hub?.close();
    rmSync(hubDir, { recursive: true, force: true });
    rmSync(agentDir, { recursive: true, force: true });
  });

  it('saves a request while the hub is down, delivers it once when it is back, then carries the conversation', async () => {
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
    const hubUrl = `http://127.0.0.1:${port}`;

    // Enroll through the API, then take the hub down before the tray starts.
    hub = await createHub({ config, logger: pino({ level: 'silent' }) });
    const enrolled = (await (
      await fetch(`${hubUrl}/api/enroll`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          token: TEST_ENROLL_TOKEN,
          identity: { hostname: 'art-room-mac' },
          protocolVersion: 1,
        }),
      })
    ).json()) as { data: { deviceId: string; secret: string } };
    writeCredentials(join(agentDir, 'credentials.json'), {
      hub: hubUrl,
      deviceId: enrolled.data.deviceId,
      secret: enrolled.data.secret,
    });
    await hub.close();
    hub = undefined;

    const desk = createHelpDesk({ store });
    agent = await startAgent(
      { dataDir: agentDir },
      {
        logger: pino({ level: process.env.DEBUG_TEST ? 'debug' : 'silent' }),
        store,
        reportOnConnect: false,
        collect: async () => {
          throw new Error('not in this test');
        },
        ...desk.hooks,
      },
    );
    const running = agent;
    desk.attach({
      flushOutbox: () => running.client.flushOutbox(),
      isConnected: () => running.client.isConnected(),
    });

    const saved = await desk.ask({
      category: 'app',
      text: 'Scratch crashes when I press the green flag\n',
    });
    expect(saved).toMatchObject({
      state: 'saved',
      id: null,
      text: 'Scratch crashes when I press the green flag',
    });
    expect(desk.connection()).toBe('offline');

    // The hub comes back: the request is delivered by itself, exactly once.
    hub = await createHub({ config, logger: pino({ level: 'silent' }) });
    const delivered = await until(
      desk,
      (e) =>
        e.type === 'requests'
          ? e.requests.find((r) => r.key === saved.key && r.state === 'new')
          : undefined,
      30_000,
    );
    expect(delivered.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(desk.connection()).toBe('online');

    const session = (await (
      await fetch(`${hubUrl}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: TEST_ADMIN_PASSWORD }),
      })
    ).json()) as { data: { token: string } };
    const helper = io(`${hubUrl}/console`, {
      auth: { token: session.data.token },
      transports: ['websocket'],
      reconnection: false,
    });
    // Every question to the hub here is bounded, so a broken connection fails the test quickly.
    const ask = <T>(event: keyof ConsoleToHubEvents, payload: unknown) =>
      helper.timeout(5_000).emitWithAck(event, payload) as Promise<Ack<T>>;
    try {
      const listed = await ask<HelpRequest[]>('requests:list', {});
      expect(listed.ok && listed.data.map((r) => r.id)).toEqual([delivered.id]);

      // A helper claims and writes: the tray hears it as news.
      await ask('request:claim', { requestId: delivered.id });
      const news = until(desk, (e) =>
        e.type === 'news' && e.message.kind === 'message' ? e.message : undefined,
      );
      await ask('request:message', {
        requestId: delivered.id,
        text: 'Is the sound on? Try the other browser.',
      });
      expect(await news).toMatchObject<Partial<RequesterMessage>>({
        from: 'helper',
        name: 'Coordinator',
        body: 'Is the sound on? Try the other browser.',
      });

      // The requester answers, then says it is fixed.
      const reached = nextEvent<HelpRequest>(helper, 'request:updated');
      desk.reply(delivered.id!, 'The other browser works!');
      await reached;
      const closed = until(desk, (e) =>
        e.type === 'requests'
          ? e.requests.find((r: MyRequest) => r.id === delivered.id && r.state === 'closed')
          : undefined,
      );
      desk.feedback(delivered.id!, true);
      const final = await closed;
      expect(final.helperName).toBe('Coordinator');
      expect(final.messages.map((m) => [m.from, m.kind, m.pending ?? false])).toEqual([
        ['helper', 'claimed', false],
        ['helper', 'message', false],
        ['requester', 'message', false],
        ['requester', 'state-changed', false],
      ]);
      const detail = await ask<HelpRequestDetail>('request:get', { requestId: delivered.id });
      expect(detail.ok && detail.data.state).toBe('closed');
    } finally {
      helper.disconnect();
    }
    // Nothing was stored twice on the hub.
    const { db } = hub.database;
    expect(
      Number(
        (
          await db
            .selectFrom('requests')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
    ).toBe(1);
  });
});
