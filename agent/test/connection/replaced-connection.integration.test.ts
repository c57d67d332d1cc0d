// The hub keeps one connection per device: a newer one with the same secret ends the older. The
// agent's hub client, against a real hub, comes back after that, ever more slowly while it keeps
// being replaced, and never once it was closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, test } from 'vitest';
import type { Device, Enrolled } from '@handraise/shared';
import { nextEvent, startTestHub } from '../../../console/src/hub/testing/test-hub.ts';
import { createHubClient, type HubClient } from '../../src/core/hub-client.ts';
import { openOutbox, type Outbox } from '../../src/core/outbox.ts';

/** Longest wait for one connection change, in ms: the delays below are a fraction of it. */
const CHANGE_TIMEOUT_MS = 10_000;

type Watched = {
  client: HubClient;
  store: Outbox;
  delays: number[];
  /** Resolves with the detail of the next change to `state`. */
  next: (state: string) => Promise<string | undefined>;
};

/**
 * A fresh hub for each test (`t`) and its coordinator's session token (`admin`).
 * `online(deviceId)`: whether the hub counts that computer online.
 * `watchClient(device, reconnect)`: the agent's hub client for `device`, with its connection
 * changes and logged delays; closed, with its outbox and folder, when the test ends.
 */
const replacedTest = test
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('t', async ({}, { onCleanup }) => {
    const t = await startTestHub();
    onCleanup(() => t.close());
    return t;
  })
  .extend('admin', async ({ t }) => t.signIn())
  .extend('online', async ({ t, admin }) => async (deviceId: string) => {
    const { body } = await t.http<Device>(`/api/devices/${deviceId}`, { token: admin });
    if (!body.ok) throw new Error(body.error);
    return body.data.online;
  })
  .extend('watchClient', async ({ t }, { onCleanup }) => {
    const dirs: string[] = [];
    const clients: Watched[] = [];
    onCleanup(() => {
      for (const { client, store } of clients) {
        client.close();
        store.close();
      }
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    });
    return (device: Enrolled, reconnect: { delayMs: number; maxDelayMs: number }): Watched => {
      const dir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
      dirs.push(dir);
      const store = openOutbox(join(dir, 'agent.sqlite'));
      const delays: number[] = [];
      const logger = pino(
        { level: 'info' },
        {
          write: (line: string) => {
            const entry = JSON.parse(line) as { retryInMs?: number };
            if (entry.retryInMs !== undefined) delays.push(entry.retryInMs);
          },
        },
      );
      const waiters: { state: string; resolve: (detail: string | undefined) => void }[] = [];
      const client = createHubClient({
        credentials: { hub: t.hub.url, deviceId: device.deviceId, secret: device.secret },
        agentVersion: 'test',
        store,
        collect: () => Promise.reject(new Error('inventory is not part of this test')),
        logger,
        inventoryIntervalMs: 2 ** 31 - 1,
        reportOnConnect: false,
        reconnect: { ...reconnect, jitter: 0 },
        // Longer than the test: no connection here counts as settled.
        settledConnectionMs: 10 * 60_000,
        onStateChange: (state, detail) => {
          for (const waiter of waiters.filter((w) => w.state === state)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(detail);
          }
        },
      });
      const watched: Watched = {
        client,
        store,
        delays,
        next: (state) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(
              () => reject(new Error(`no ${state} within ${CHANGE_TIMEOUT_MS} ms`)),
              CHANGE_TIMEOUT_MS,
            );
            waiters.push({
              state,
              resolve: (detail) => {
                clearTimeout(timer);
                resolve(detail);
              },
            });
          }),
      };
      clients.push(watched);
      return watched;
    };
  });

describe('a connection the hub replaced', () => {
  replacedTest(
    'comes back each time, waiting longer while it keeps being replaced',
    async ({ t, watchClient, online }) => {
      const device = await t.enroll('lab-pc-01');
      const agent = watchClient(device, { delayMs: 100, maxDelayMs: 400 });
      const connected = agent.next('connected');
      agent.client.start();
      await connected;

      for (let round = 0; round < 4; round++) {
        const ended = agent.next('disconnected');
        const back = agent.next('connected');
        // A copy of the secret connects: the hub ends the agent's connection...
        const copy = await t.connectAgent(device);
        expect(await ended).toBe('io server disconnect');
        const copyEnded = nextEvent<string>(copy, 'disconnect', CHANGE_TIMEOUT_MS);
        // ...and the agent comes back, which in turn ends the copy's.
        await back;
        expect(await copyEnded).toBe('io server disconnect');
      }
      expect(agent.delays).toEqual([100, 200, 400, 400]);
      expect(await online(device.deviceId)).toBe(true);
    },
  );

  replacedTest('does not come back once closed', async ({ t, watchClient, online }) => {
    const closedOne = await t.enroll('lab-pc-02');
    const reference = await t.enroll('lab-pc-03');
    // The closed client would come back well before the reference one does.
    const closing = watchClient(closedOne, { delayMs: 50, maxDelayMs: 50 });
    const later = watchClient(reference, { delayMs: 500, maxDelayMs: 500 });
    for (const { client, next } of [closing, later]) {
      const connected = next('connected');
      client.start();
      await connected;
    }

    const ended = closing.next('disconnected');
    const copy = await t.connectAgent(closedOne);
    await ended;
    closing.client.close();
    copy.disconnect();

    const referenceBack = later.next('connected');
    await t.connectAgent(reference);
    await referenceBack;
    expect(later.delays).toEqual([500]);
    expect(closing.delays).toEqual([50]);
    expect(await online(closedOne.deviceId)).toBe(false);
    expect(await online(reference.deviceId)).toBe(true);
  });
});
