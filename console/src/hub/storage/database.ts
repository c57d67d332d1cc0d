import {
  chmodSync,
  closeSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  statSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, parse } from 'node:path';
import { Kysely } from 'kysely';
import { ConfigError, type HubConfig } from '../config.ts';
import { migrateToLatest } from './migrations.ts';
import { nodeSqliteDialect, openSqlite, type SyncMode } from './node-sqlite-dialect.ts';
import { openPostgresDatabase } from './postgres-database.ts';
import type { Database } from './schema.ts';

export type HubDatabase = {
  db: Kysely<Database>;
  close(): Promise<void>;
};

/** Owner-only modes: the database holds screenshots, help texts and password hashes. */
const PRIVATE_DIR_MODE = 0o700;
const PRIVATE_FILE_MODE = 0o600;

/**
 * Refuses a database file another local user owns (root's excepted: root can change anything
 * anyway). One planted in a shared folder before the hub's first start would otherwise be used
 * as is, and its owner could read every help text and password hash the hub writes into it.
 */
export function refuseForeignFile(path: string, uid = process.getuid?.()): void {
  if (uid === undefined) return;
  let owner: number;
  try {
    owner = lstatSync(path).uid;
  } catch {
    return;
  }
  if (owner !== uid && owner !== 0)
    throw new ConfigError(
      `${path} belongs to another user (uid ${owner}); the hub keeps its data only in files of its own. Remove it, or choose a data folder of your own (--data-dir).`,
    );
}

/**
 * Makes the database's folder and files private to the hub's user, whatever the umask. SQLite gives
 * its -wal and -shm files the mode of the database file, so creating that one 0600 covers all.
 * Looser modes left by earlier versions are tightened. Windows has no such modes (ACLs of the
 * per-user data folder apply).
 */
function preparePrivateFile(file: string): void {
  const folder = dirname(file);
  mkdirSync(folder, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (process.platform === 'win32') return;
  // A folder shared by design (world-writable or sticky like /tmp, the home folder, a root) named
  // as the data folder by mistake keeps its mode; the database files are still made private.
  const shared =
    (statSync(folder).mode & 0o1002) !== 0 || folder === homedir() || folder === parse(folder).root;
  if (!shared) chmodSync(folder, PRIVATE_DIR_MODE);
  for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`])
    refuseForeignFile(path);
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  for (const path of [file, `${file}-wal`, `${file}-shm`])
    if (existsSync(path)) chmodSync(path, PRIVATE_FILE_MODE);
}

/** Opens (creating if needed) the hub's SQLite database and migrates it to the latest schema. */
export async function openSqliteDatabase(
  file: string,
  sync: SyncMode = 'FULL',
): Promise<HubDatabase> {
  if (file !== ':memory:') preparePrivateFile(file);
  const db = new Kysely<Database>({ dialect: nodeSqliteDialect(openSqlite(file, sync)) });
  await migrateToLatest(db);
  return { db, close: () => db.destroy() };
}

/** The hub's database: PostgreSQL when the configuration names one, else SQLite in the data folder. */
export function openHubDatabase(
  config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>,
): Promise<HubDatabase> {
  return config.databaseUrl
    ? openPostgresDatabase(config.databaseUrl)
    : openSqliteDatabase(join(config.dataDir, 'hub.sqlite'));
}

/** Where the data is, for the start-up line: the file, or the server and database without secrets. */
export function describeDatabase(config: Pick<HubConfig, 'dataDir' | 'databaseUrl'>): string {
  if (!config.databaseUrl) return config.dataDir;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.host || 'local socket'}${url.pathname}`;
}
