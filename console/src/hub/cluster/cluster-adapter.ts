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
  return {
    adapter: createAdapter(pool, { errorHandler: warn }),
    close: () => pool.end(),
  };
}
