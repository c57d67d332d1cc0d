// The database ends every connection of a running hub (an administrator's command, a failover):
// the hub must stay up, notice nothing worse than failed queries, and serve again at once.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { HelpRequest } from '@handraise/shared';
import { raiseHand } from '../testing/raise-hand.ts';
import { createTestDatabase } from '../testing/postgres-test-databases.ts';
import { nextEvent, startTestHub } from '../testing/test-hub.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function endEveryConnection(databaseUrl: string): Promise<number> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: url.href });
  await admin.connect();
  try {
    // `offset 0` keeps the filter ahead of the call: the planner may otherwise end any backend.
    const ended = await admin.query(
      `select pg_terminate_backend(pid) from (
         select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid() offset 0
       ) as theirs`,
      [name],
    );
    return ended.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe('a hub whose database connections are ended under it', () => {
  it('stays up and serves requests again', async () => {
    const database = await createTestDatabase();
    if (!database) throw new Error('run under the postgres test project (npm run test:postgres)');
    cleanups.push(() => database.drop());
    const hub = await startTestHub({ databaseUrl: database.url });
    cleanups.push(() => hub.close());

    // Uncaught errors would end a real hub; here they are counted.
    const uncaught: unknown[] = [];
    const count = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', count);
    cleanups.push(async () => void process.off('uncaughtException', count));

    const token = await hub.signIn();
    const consoleSocket = await hub.connectConsole(token);
    const device = await hub.enroll('lab-pc-1');
    const agent = await hub.connectAgent(device);

    // The storage pool's idle clients and the link to other hubs' listening client both go.
    expect(await endEveryConnection(database.url)).toBeGreaterThanOrEqual(2);
    await new Promise((r) => setTimeout(r, 200));
    expect(uncaught).toEqual([]);

    const created = nextEvent<HelpRequest>(consoleSocket, 'request:created');
    const requestId = await raiseHand(agent, { category: 'printer', text: 'Paper jam, tray 2' });
    expect(await created).toMatchObject({ id: requestId, text: 'Paper jam, tray 2' });
    const status = await hub.http<{ ok: boolean }>('/api/status');
    expect(status.status).toBe(200);
    expect(uncaught).toEqual([]);

    // Nothing the lost connections left behind holds the hub open: it closes (the adapter's lost
    // listening client once stayed counted as busy, and the pool waited for it forever).
    agent.disconnect();
    consoleSocket.disconnect();
    const outcome = await Promise.race([
      hub.hub.close().then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still open after 10 s'), 10_000).unref()),
    ]);
    expect(outcome).toBe('closed');
  });
});
