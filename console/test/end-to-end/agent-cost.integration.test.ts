// The agent's own cost, end to end: the hub client measures its process (CPU, peak memory), times
// each section of a real collection and counts reconnects, and the hub keeps the figures of each
// acknowledged report. A hub older than the figures refuses a report carrying them; the agent
// sends it again without them, and nothing is lost.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pino from 'pino';
import { Server } from 'socket.io';
import { describe, expect } from 'vitest';
import { AGENT_NAMESPACE, type DeviceDetail } from '@handraise/shared';
import { createCostMeter } from '../../../agent/src/core/cost/cost-meter.ts';
import { createHubClient, type HubClient } from '../../../agent/src/core/hub-client.ts';
import { collectInventory } from '../../../agent/src/core/inventory.ts';
import { openOutbox, type Outbox } from '../../../agent/src/core/outbox.ts';
import { inflateReport } from '../../src/hub/inflate-report.ts';
import { hubTest } from '../../src/hub/testing/hub-test.ts';
import { sampleSections } from '../../src/hub/testing/sample-inventory.ts';

/** Bound on waiting for the hub to hold what the agent sent. */
const WAIT_MS = 10_000;
const MIB = 2 ** 20;
const FAST_RECONNECT = { delayMs: 20, maxDelayMs: 40, jitter: 0 };

/** A collection through the real assembler, each section's collector taking a while. */
function slowCollection() {
  const sections = sampleSections();
  const after =
    <T>(ms: number, value: T) =>
    () =>
      sleep(ms).then(() => value);
  return () =>
    collectInventory({
      collectors: {
        os: after(5, sections.os),
        hardware: after(20, sections.hardware),
        software: after(60, sections.software),
        updates: after(40, sections.updates),
        hotfixes: after(5, sections.hotfixes),
        state: after(10, { bootTime: '2026-12-01T07:30:00.000Z' }),
      },
    });
}

/** Polls (bounded) until `check` gives a value. */
async function eventually<T>(check: () => Promise<T | null | undefined>): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('not within the wait');
    await sleep(25);
  }
}

const costTest = hubTest
  .extend('enrolled', async ({ t }) => t.enroll('lab-pc-21'))
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('store', async ({}, { onCleanup }) => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
    const store = openOutbox(join(dir, 'agent.sqlite'));
    onCleanup(() => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return store;
  });

function startClient(
  hub: string,
  enrolled: { deviceId: string; secret: string },
  store: Outbox,
): HubClient {
  const client = createHubClient({
    credentials: { hub, deviceId: enrolled.deviceId, secret: enrolled.secret },
    agentVersion: 'test',
    store,
    collect: slowCollection(),
    logger: pino({ level: 'silent' }),
    inventoryIntervalMs: 2 ** 31 - 1,
    reconnect: FAST_RECONNECT,
    costMeter: createCostMeter({ runtime: 'service' }),
  });
  client.start();
  return client;
}

describe("the agent's own cost, end to end", () => {
  costTest(
    'reaches the hub with each section timed, and counts a reconnect',
    async ({ t, admin, enrolled, store }) => {
      const agent = startClient(t.hub.url, enrolled, store);
      try {
        const detail = async () => {
          const answer = await t.http<DeviceDetail>(`/api/devices/${enrolled.deviceId}`, {
            token: admin,
          });
          return answer.body.ok ? answer.body.data.agentCost : null;
        };
        const first = await eventually(detail);
        expect(Object.keys(first.sections).toSorted()).toEqual([
          'hardware',
          'hotfixes',
          'os',
          'software',
          'state',
          'updates',
        ]);
        // Timers may fire a little early on some systems, never much.
        expect(first.sections.software).toBeGreaterThanOrEqual(55);
        expect(first.collectionMs).toBe(Math.max(...Object.values(first.sections)));
        expect(first.cpuMs).toBeGreaterThan(0);
        expect(first.peakRssBytes).toBeGreaterThan(10 * MIB);
        // Over the memory budget or not: this process holds a hub and a test runner besides.
        expect(first).toMatchObject({ runtime: 'service', reconnects: 0 });
        if (process.platform === 'linux') expect(first.toolsCpuMs).toBeGreaterThanOrEqual(0);

        // Another connection with the device's secret takes its place: the client comes back,
        // checks in again, and says it reconnected once.
        const intruder = await t.connectAgent(enrolled);
        intruder.disconnect();
        const second = await eventually(async () => {
          const cost = await detail();
          return cost && cost.reconnects > 0 ? cost : null;
        });
        expect(second.reconnects).toBe(1);
        // The new period starts where the acknowledged one ended.
        expect(Date.parse(second.since)).toBeGreaterThanOrEqual(Date.parse(first.since));
        expect(second.since).not.toBe(first.since);
      } finally {
        agent.close();
      }
    },
  );

  costTest(
    'reports without the figures to a hub that does not take them',
    async ({ enrolled, store, onTestFinished }) => {
      // An earlier hub: its schema has no `cost`, so a report carrying one is invalid.
      const received: Record<string, unknown>[] = [];
      const http = createServer();
      const io = new Server(http, { transports: ['websocket'] });
      io.of(AGENT_NAMESPACE).on('connection', (socket) => {
        socket.on('inventory:report', (payload: unknown, ack: (answer: unknown) => void) => {
          const report = (
            payload && typeof payload === 'object' && 'encoding' in payload
              ? inflateReport((payload as unknown as { data: Uint8Array }).data)
              : payload
          ) as Record<string, unknown>;
          received.push(report);
          ack(
            'cost' in report
              ? { ok: false, error: 'invalid-payload' }
              : { ok: true, data: { status: 'stored' } },
          );
        });
        socket.on('help:list', (_payload: unknown, ack: (answer: unknown) => void) =>
          ack({ ok: true, data: [] }),
        );
      });
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      onTestFinished(async () => {
        await io.close();
      });
      const { port } = http.address() as AddressInfo;

      const agent = startClient(`http://127.0.0.1:${port}`, enrolled, store);
      try {
        await eventually(async () => (received.length >= 2 ? true : null));
        expect(received.map((r) => 'cost' in r)).toEqual([true, false]);
        expect(received[1]).toMatchObject({ kind: 'full', sections: sampleSections() });
        // Until it connects again, it does not try the figures a second time.
        expect(await agent.reportInventory()).toBe(true);
        expect(received.map((r) => 'cost' in r)).toEqual([true, false, false]);
      } finally {
        agent.close();
      }
    },
  );
});
