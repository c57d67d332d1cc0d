// The link between hubs must never keep a hub from closing: a hub stopped right after it started
// (a service manager's restart, a failed start-up check) closes while the adapter may still be
// setting up its listening connection.
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createHub } from '../create-hub.ts';
import { createTestDatabase } from '../testing/postgres-test-databases.ts';
import { startTestHub } from '../testing/test-hub.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Bounds each close; a close that waits on a connection never given back waits forever. */
const CLOSE_BOUND_MS = 10_000;

describe('the adapter joining hubs', () => {
  it('lets a hub close at once after it started, every time', async () => {
    const database = await createTestDatabase();
    if (!database) throw new Error('run under the postgres test project (npm run test:postgres)');
    cleanups.push(() => database.drop());
    const first = await startTestHub({ databaseUrl: database.url });
    cleanups.push(() => first.close());
    await first.hub.close();

    const outcomes: string[] = [];
    for (let i = 0; i < 10; i++) {
      const hub = await createHub({ config: first.config, logger: pino({ level: 'silent' }) });
      outcomes.push(
        await Promise.race([
          hub.close().then(() => 'closed'),
          new Promise<string>((r) => setTimeout(() => r('still open'), CLOSE_BOUND_MS).unref()),
        ]),
      );
    }
    expect(outcomes).toEqual(Array.from({ length: 10 }, () => 'closed'));
  });
});
