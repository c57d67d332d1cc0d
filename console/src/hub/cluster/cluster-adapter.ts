// The Socket.IO adapter that joins hubs sharing one PostgreSQL database: messages between hubs go
// through LISTEN/NOTIFY on it (large ones through the socket_io_attachments table, migration 0028).
import { createAdapter } from '@socket.io/postgres-adapter';
import type { Logger } from 'pino';
import pg from 'pg';
import { createLogThrottle } from '../log-throttle.ts';

/** One line a minute while the database is away, not one per attempt. */
const WARN_EVERY_MS = 60_000;

export type ClusterAdapter = {
  adapter: ReturnType<typeof createAdapter>;
  close(): Promise<void>;
};

export function createClusterAdapter(databaseUrl: string, logger: Logger): ClusterAdapter {
  // Its own small pool: the listening connection stays checked out for good.
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  const mayWarn = createLogThrottle(WARN_EVERY_MS);
  const warn = (error: Error) => {
    if (mayWarn('adapter'))
      logger.warn({ err: error }, 'the link to the other hubs failed; retrying');
  };
  pool.on('error', warn);
  // A client that loses its server emits 'error' on itself while checked out; without a listener
  // that would end the hub.
  pool.on('connect', (client) => client.on('error', warn));
  const listening = listeningPool(pool);
  return {
    adapter: createAdapter(listening.pool, { errorHandler: warn }),
    close: async () => {
      listening.close();
      await pool.end();
    },
  };
}

/**
 * The pool as the adapter sees it. The adapter checks out one client to listen on, and two of its
 * paths never give it back, so the pool would count it busy for good and never finish `end()`:
 * - the client's connection ends (the database restarting): the adapter takes a new one;
 * - the hub closes while the adapter is still setting the client up (a hub closed right after it
 *   started): the adapter keeps it after its own close.
 * Here the first goes back to the pool when it ends, the second when the hub closes, and after
 * close the adapter's further attempts wait forever instead of retrying on a timer.
 */
function listeningPool(pool: pg.Pool): { pool: pg.Pool; close(): void } {
  let closed = false;
  // Each client the adapter holds, with the one way to give it back.
  const checkedOut = new Map<pg.PoolClient, (error?: Error | boolean) => void>();
  const never = () => new Promise<never>(() => {});
  const connect = async () => {
    if (closed) return never();
    const client = await pool.connect();
    if (closed) {
      client.release();
      return never();
    }
    const release = client.release.bind(client);
    // Given back once only, by whichever path comes first. The end listener goes with it: once
    // back in the pool the client may serve the adapter's queries, which give it back themselves
    // (through a release of the pool's own), and a second give-back from here would throw.
    const onEnd = () => giveBack(new Error('the listening connection ended'));
    const giveBack = (error?: Error | boolean) => {
      if (!checkedOut.delete(client)) return;
      client.off('end', onEnd);
      release(error);
    };
    client.release = giveBack;
    checkedOut.set(client, giveBack);
    client.once('end', onEnd);
    return client;
  };
  return {
    // The adapter calls only these two.
    pool: { connect, query: pool.query.bind(pool) } as unknown as pg.Pool,
    close() {
      closed = true;
      for (const giveBack of [...checkedOut.values()]) giveBack();
    },
  };
}
