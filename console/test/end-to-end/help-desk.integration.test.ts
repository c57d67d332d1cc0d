// The requester's side as the tray uses it (agent core help desk), against a real hub that starts
// late: saved while offline, delivered once on connect, then a live conversation with a helper.
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
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
  type HelpDesk,
  type HelpDeskEvent,
  type MyRequest,
} from '../../../agent/src/core/help-desk.ts';
import { openOutbox } from '../../../agent/src/core/outbox.ts';
import { nextEvent, type UncheckedEmitter } from '../../src/hub/testing/test-hub.ts';
import { restartableHubTest } from './support/restartable-hub.ts';
import { countRows } from '../../src/hub/testing/row-count.ts';

/** Waits (bounded) until the help desk reports something that satisfies the predicate. */
function until<T>(
  desk: HelpDesk,
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

/**
 * The tray's parts on one agent data folder: its outbox (`store`), its help desk (`desk`), and
 * `startTray()`, which starts the agent service on them and attaches the desk to it, as the tray
 * does when it starts; the service is stopped after the test, before the outbox is closed.
 */
const trayTest = restartableHubTest
  .extend('agentDir', async ({ tempDir }) => tempDir('handraise-agent-'))
  .extend('store', async ({ agentDir }, { onCleanup }) => {
    const store = openOutbox(join(agentDir, 'agent.sqlite'));
    onCleanup(() => store.close());
    return store;
  })
  .extend('desk', async ({ store }) => createHelpDesk({ store }))
  .extend('startTray', async ({ agentDir, store, desk }, { onCleanup }) => {
    let agent: RunningAgent | undefined;
    onCleanup(() => agent?.close());
    return async (): Promise<RunningAgent> => {
      const running = await startAgent(
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
      agent = running;
      desk.attach({
        flushOutbox: () => running.client.flushOutbox(),
        isConnected: () => running.client.isConnected(),
        looks: () => running.client.looks(),
      });
      return running;
    };
  });

describe("help desk (the tray's core)", () => {
  trayTest(
    'saves a request while the hub is down, delivers it once when it is back, then carries the conversation',
    async ({ hub, agentDir, desk, startTray }) => {
      // Enroll through the API, then take the hub down before the tray starts.
      await hub.start();
      const enrolled = await hub.enroll('art-room-mac');
      writeCredentials(join(agentDir, 'credentials.json'), {
        hub: hub.url,
        deviceId: enrolled.deviceId,
        secret: enrolled.secret,
      });
      await hub.stop();

      await startTray();

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
      await hub.start();
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

      const helper = hub.openConsole(await hub.signIn());
      // Every question to the hub here is bounded, so a broken connection fails the test quickly.
      // Unchecked, since one helper asks every kind of question with whatever payload it names.
      const ask = <T>(event: keyof ConsoleToHubEvents, payload: unknown) =>
        (helper.timeout(5_000) as UncheckedEmitter).emitWithAck(event, payload) as Promise<Ack<T>>;
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
      // Nothing was stored twice on the hub.
      expect(await countRows(hub.running().database.db, 'requests')).toBe(1);
    },
  );
});
