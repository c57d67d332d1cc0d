// The hub's storage on PostgreSQL (a district's server), with the same stores and migrations as
// SQLite. Two things keep behaviour the same: values are handed over as SQLite takes them, and
// write transactions run one at a time, as they do on SQLite's single writer.
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  PostgresDriver,
  type DatabaseConnection,
} from 'kysely';
import pg from 'pg';
import { ConfigError } from '../config.ts';
import { migrateToLatest } from './migrations.ts';
import { withoutNul } from './text-values.ts';
import type { HubDatabase } from './database.ts';
import type { Database } from './schema.ts';

/** PostgreSQL's type ids for 64-bit integers and numerics (count, sum): read as JS numbers. */
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/**
 * Every transaction first takes this advisory lock, so transactions run one at a time across every
 * hub sharing the database. The stores were written for SQLite, where that holds by construction:
 * a request's number is the previous maximum plus one, a device's links are read then written.
 * The key is arbitrary; it only has to differ from the migrator's.
 */
const TRANSACTION_LOCK_KEY = 7_300_001;

/**
 * Booleans become 0/1, as SQLite stores them: the schema's flags are integer columns. PostgreSQL
 * refuses a NUL character in text (an error for the whole statement): it is stored as U+FFFD, on
 * SQLite too, so a hostname or a search with one is taken the same on both.
 */
function toPgValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  return typeof value === 'string' ? withoutNul(value) : value;
}

/**
 * A pg pool whose clients hand values over as SQLite would take them. Each pooled client gets one
 * wrapper, kept for its life: the pool hands the same client out again and again.
 */
function sqliteCompatiblePool(pool: pg.Pool) {
  const wrappers = new WeakMap<pg.PoolClient, object>();
  const wrap = (client: pg.PoolClient) => ({
    query: (text: string, values?: unknown[]) =>
      client.query(text, Array.isArray(values) ? values.map(toPgValue) : values),
    release: (error?: Error | boolean) => client.release(error),
  });
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) wrappers.set(client, (wrapper = wrap(client)));
      return wrapper as pg.PoolClient;
    },
    end: () => pool.end(),
  };
}

class OneWriterAtATimeDriver extends PostgresDriver {
  override async beginTransaction(
    connection: DatabaseConnection,
    settings: Parameters<PostgresDriver['beginTransaction']>[1],
  ): Promise<void> {
    await super.beginTransaction(connection, settings);
    await connection.executeQuery(
      CompiledQuery.raw('select pg_advisory_xact_lock($1)', [TRANSACTION_LOCK_KEY]),
    );
  }
}

class HubPostgresDialect extends PostgresDialect {
  readonly #config: ConstructorParameters<typeof PostgresDialect>[0];
  constructor(config: ConstructorParameters<typeof PostgresDialect>[0]) {
    super(config);
    this.#config = config;
  }
  override createDriver() {
    return new OneWriterAtATimeDriver(this.#config);
  }
}

/** Checks a `postgres://` address and says plainly what is wrong with one that is not. */
export function parseDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ConfigError(
      'HANDRAISE_DATABASE_URL is not an address; it looks like postgres://user:password@host:5432/handraise ' +
        '(a password with #, ?, @, / or : in it is written percent-encoded, e.g. %40 for @)',
    );
  }
  // A `#` written as is in a password ends the address there, and the rest is lost. (A `?` may
  // start pg's own settings, such as sslmode, so it is left alone.)
  if (parsed.hash)
    throw new ConfigError(
      'HANDRAISE_DATABASE_URL has a # in it: a password with #, ?, @, / or : is written ' +
        'percent-encoded (%23 for #)',
    );
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:')
    throw new ConfigError(
      `HANDRAISE_DATABASE_URL must start with postgres:// (it starts with ${parsed.protocol}//)`,
    );
  return parsed;
}

type TypeParser = (value: string) => unknown;
const builtInParser = pg.types.getTypeParser as (oid: number, format?: string) => TypeParser;
/** Counts and sums as numbers, as SQLite gives them (the hub's never pass 2^53). */
const readAs = (oid: number, format?: string): TypeParser =>
  oid === INT8_OID || oid === NUMERIC_OID ? Number : builtInParser(oid, format);

export type PostgresOptions = {
  /** Connections this hub keeps open at most. */
  maxConnections?: number;
};

/** Connects to PostgreSQL at `url` and migrates the schema to the latest version. */
export async function openPostgresDatabase(
  url: string,
  options: PostgresOptions = {},
): Promise<HubDatabase> {
  parseDatabaseUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: { getTypeParser: readAs as typeof pg.types.getTypeParser },
  });
  // A client that loses its server (a restart, an administrator ending connections) emits
  // 'error'; without a listener that error would end the hub. Idle clients emit through the pool,
  // a checked-out one on itself (its query is rejected as well, which is what callers see). The
  // pool replaces a lost client at the next query.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({
    dialect: new HubPostgresDialect({ pool: sqliteCompatiblePool(pool) }),
  });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw new ConfigError(databaseFailure(parseDatabaseUrl(url), error));
  }
  return { db, close: () => db.destroy() };
}

/**
 * Why the hub could not use its database, naming PostgreSQL, its address and the setting (never
 * the password): pg's own words ("connect ECONNREFUSED 10.0.0.5:5432") do not say which part of
 * the hub failed.
 */
function databaseFailure(url: URL, error: unknown): string {
  const where = `${url.hostname}:${url.port || '5432'}${url.pathname}`;
  const why = error instanceof Error ? error.message : String(error);
  return `could not use PostgreSQL at ${where} (HANDRAISE_DATABASE_URL): ${why}`;
}
