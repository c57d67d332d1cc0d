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
  return {
    adapter: createAdapter(listeningPool(pool), { errorHandler: warn }),
    close: () => pool.end(),
  };
}

/**
 * The pool as the adapter sees it. The adapter checks out one client to listen on and, when that
 * client's connection ends (the database restarting), takes a new one without giving the dead one
 * back, so the pool would count it as busy for good and never finish `end()` at close. Here the
 * dead client goes back to the pool, which discards it.
 */
function listeningPool(pool: pg.Pool): pg.Pool {
  const connect = async () => {
    const client = await pool.connect();
    client.once('end', () => client.release(new Error('the listening connection ended')));
    return client;
  };
  // The adapter calls only these two.
  return { connect, query: pool.query.bind(pool) } as unknown as pg.Pool;
}
