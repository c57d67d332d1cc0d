import { sql, type Kysely, type Migration } from 'kysely';
import { databaseKind } from '../dialect.ts';

/**
 * Where hubs sharing a PostgreSQL database leave each other messages too large for a notification
 * (see cluster/cluster-adapter.ts). SQLite serves one hub only: nothing to make there.
 */
export const migration: Migration = {
  async up(db: Kysely<unknown>) {
    if (databaseKind(db) !== 'postgres') return;
    await sql`create table if not exists socket_io_attachments (
      id bigserial unique,
      created_at timestamptz default now(),
      payload bytea
    )`.execute(db);
  },
};
