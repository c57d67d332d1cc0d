import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely } from 'kysely';
import { migrateToLatest, type SqlDialectName } from './migrations.ts';
import { nodeSqliteDialect, openSqlite } from './node-sqlite-dialect.ts';
import type { Database } from './schema.ts';

export type HubDatabase = {
  db: Kysely<Database>;
  dialect: SqlDialectName;
  close(): Promise<void>;
};

/** Opens (creating if needed) the hub's SQLite database and migrates it to the latest schema. */
export async function openSqliteDatabase(file: string): Promise<HubDatabase> {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Kysely<Database>({ dialect: nodeSqliteDialect(openSqlite(file)) });
  await migrateToLatest(db, 'sqlite');
  return { db, dialect: 'sqlite', close: () => db.destroy() };
}
