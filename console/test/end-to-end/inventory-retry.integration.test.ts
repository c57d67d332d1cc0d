// The agent's hub client against a real hub that answers `rate-limited`: it keeps what the hub
// acknowledged, tries again later and later (never in a loop), and gets through once allowed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect } from 'vitest';
import { createHubClient } from '../../../agent/src/core/hub-client.ts';
import { openOutbox } from '../../../agent/src/core/outbox.ts';
import { hubTest } from '../../src/hub/testing/hub-test.ts';
import { hashesOf, sampleSections } from '../../src/hub/testing/sample-inventory.ts';
import { manualClock } from '../../src/hub/testing/manual-clock.ts';

const MINUTE_MS = 60_000;
/** Short retries so the test sees several; the real ones start at a minute. */
const RETRY = { delayMs: 20, maxDelayMs: 80, jitter: 0 };
/** Bound on waiting for one log line. */
const LOG_WAIT_MS = 10_000;

type LogRecord = { msg: string; retryInMs?: number; status?: string };

/** A pino logger that keeps its records, and waits for the next one with a given message. */
function recordingLogger() {
  const records: LogRecord[] = [];
  const waiters: { msg: string; seen: number; resolve: (r: LogRecord) => void }[] = [];
  const logger = pino(
    { level: 'info' },
    {
      write(line: string) {
        const record = JSON.parse(line) as LogRecord;
        records.push(record);
        for (const waiter of [...waiters]) {
          if (record.msg.startsWith(waiter.msg) && records.length > waiter.seen) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(record);
          }
        }
      },
    },
  );
  const next = (msg: string) =>
    new Promise<LogRecord>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "${msg}" logged`)), LOG_WAIT_MS);
      waiters.push({
        msg,
        seen: records.length,
        resolve: (record) => {
          clearTimeout(timer);
          resolve(record);
        },
      });
    });
  return { logger, records, next };
}

/**
 * A hub (`t`) on a clock the test moves by hand, a computer enrolled on it, and that computer's hub
 * client (`client`, not started) over its own outbox, logging to `log`; all gone after the test.
 */
const retryTest = hubTest
  // The hub's clock, moved by hand: the limits' windows pass when the test says so.
  .extend('clock', async () => manualClock())
  .extend('enrolled', async ({ t }) => t.enroll('lab-pc-09'))
  // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
  .extend('store', async ({}, { onCleanup }) => {
    const dir = mkdtempSync(join(tmpdir(), 'handraise-agent-'));
    const store = openOutbox(join(dir, 'agent.sqlite'));
    onCleanup(() => {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    });
    return store;
  })
  .extend('log', async () => recordingLogger())
  .extend('client', async ({ t, enrolled, store, log }, { onCleanup }) => {
    const sections = sampleSections();
    const inventory = {
      collectedAt: new Date().toISOString(),
      sections,
      hashes: hashesOf(sections),
      notes: [],
    };
    const client = createHubClient({
      credentials: { hub: t.hub.url, deviceId: enrolled.deviceId, secret: enrolled.secret },
      agentVersion: 'test',
      store,
      collect: () => Promise.resolve(inventory),
      logger: log.logger,
      inventoryIntervalMs: 2 ** 31 - 1,
      inventoryRetry: RETRY,
    });
    onCleanup(() => client.close());
    return client;
  });

describe('the agent when the hub answers rate-limited', () => {
  // Three inventory reports a minute, on the clock the test moves.
  retryTest.override('hubOptions', async ({ clock }) => ({
    clock,
    limits: { inventoryReports: { requests: 3, windowMs: MINUTE_MS } },
  }));

  retryTest(
    'keeps its acknowledged hashes, backs off, and reports once the hub allows it',
    async ({ t, clock, enrolled, log, client }) => {
      // At connection: the full report asked for at enrollment. Then a second full one (its
      // allowance of unasked ones) and a delta: the three reports of this minute.
      const reported = log.next('inventory reported');
      client.start();
      expect(await reported).toMatchObject({ status: 'stored' });
      expect(await client.reportInventory({ full: true })).toBe(true);
      expect(await client.reportInventory()).toBe(true);

      // The fourth is refused, and so is each retry: waits of 20, 40, 80, then 80 ms.
      const deferred = log.next('inventory report deferred');
      expect(await client.reportInventory()).toBe(false);
      const delays = [(await deferred).retryInMs];
      while (delays.length < 4)
        delays.push((await log.next('inventory report deferred')).retryInMs);
      expect(delays).toEqual([20, 40, 80, 80]);
      expect(log.records.filter((r) => r.msg === 'inventory report refused')).toEqual([]);

      // A minute later the hub takes reports again. Full ones stay refused for half an hour, so
      // getting through proves the retry was a delta over the hashes the agent kept.
      const through = log.next('inventory reported');
      clock.advance(MINUTE_MS);
      expect(await through).toMatchObject({ status: 'unchanged' });
      const detail = await t.http<{ softwareCount: number }>(`/api/devices/${enrolled.deviceId}`, {
        token: await t.signIn(),
      });
      expect(detail.body).toMatchObject({ ok: true, data: { softwareCount: 2 } });

      // Back to normal: the next refusal waits the first delay again.
      const again = log.next('inventory report deferred');
      for (let i = 0; i < 3; i++) await client.reportInventory();
      expect((await again).retryInMs).toBe(20);
    },
  );
});
