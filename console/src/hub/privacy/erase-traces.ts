// After a privacy deletion, nothing of the deleted rows may stay readable in the database's files.
// secure_delete (set where the file is opened) zeroes them in the pages it writes, but those pages
// first land in the write-ahead log, beside the older copies of the same pages that still hold the
// text; a checkpoint writes them into the main file and TRUNCATE empties the log.
import { SqliteAdapter, sql, type Kysely } from 'kysely';
import type { Database } from '../storage/schema.ts';

/** Moves the log into the main file and empties it, on SQLite; other databases have no such log. */
export async function eraseDeletedTraces(db: Kysely<Database>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}
