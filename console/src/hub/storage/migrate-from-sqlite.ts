// Moves a school's SQLite database into an empty PostgreSQL one (the school joins the district's
// server and keeps its history). The source is first brought to the latest schema, as the hub
// would at start; then every table is copied, parents before children, in one transaction, and
// the row counts of both sides are compared before it commits. Anything wrong leaves PostgreSQL
// as it was.
import { DatabaseSync, type SQLOutputValue } from 'node:sqlite';
import { existsSync, statSync } from 'node:fs';
import { Kysely, sql, type Transaction } from 'kysely';
import { ConfigError } from '../config.ts';
import { migrateToLatest } from './migrations.ts';
import { nodeSqliteDialect, openSqlite } from './node-sqlite-dialect.ts';
import { openPostgresDatabase, parseDatabaseUrl } from './postgres-database.ts';
import type { Database } from './schema.ts';

/** PostgreSQL takes at most 65,535 parameters in one statement; stay well below. */
const PARAMETERS_PER_INSERT = 30_000;

export type TableCount = { table: string; rows: number };

/** The hub's tables in an order where every table comes after those it refers to. */
export function copyOrder(tables: Map<string, string[]>): string[] {
  const ordered: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: string, path: string[]) => {
    if (state.get(table) === 'done') return;
    if (state.get(table) === 'visiting')
      throw new Error(`tables refer to each other in a circle: ${[...path, table].join(' → ')}`);
    state.set(table, 'visiting');
    for (const parent of tables.get(table) ?? [])
      if (parent !== table) visit(parent, [...path, table]);
    state.set(table, 'done');
    ordered.push(table);
  };
  for (const table of [...tables.keys()].sort()) visit(table, []);
  return ordered;
}

/** The source's tables (the migrator's left out), each with the tables its foreign keys name. */
function sourceTables(source: DatabaseSync): Map<string, string[]> {
  const names = source
    .prepare(
      "select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'kysely_%'",
    )
    .all()
    .map((row) => String(row.name));
  return new Map(
    names.map((name) => [
      name,
      source
        .prepare(`select "table" as parent from pragma_foreign_key_list(?)`)
        .all(name)
        .map((row) => String(row.parent)),
    ]),
  );
}

/** SQLite hands bytes over as Uint8Array; pg sends Buffers as bytea. */
function toPostgresValue(value: SQLOutputValue): unknown {
  return value instanceof Uint8Array ? Buffer.from(value) : value;
}

async function insertRows(
  trx: Transaction<Database>,
  table: string,
  rows: Record<string, SQLOutputValue>[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  const perInsert = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / columns.length));
  for (let at = 0; at < rows.length; at += perInsert) {
    const values = rows
      .slice(at, at + perInsert)
      .map(
        (row) =>
          sql`(${sql.join(columns.map((column) => sql`${toPostgresValue(row[column] ?? null)}`))})`,
      );
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) values ${sql.join(values)}`.execute(
      trx,
    );
  }
}

/** Rows read from SQLite at a time: a school's database can hold gigabytes of screenshots. */
const ROWS_PER_READ = 2_000;

async function copyTable(source: DatabaseSync, trx: Transaction<Database>, table: string) {
  // Pages by row id, not by offset: a table of millions of rows stays one pass.
  const read = source.prepare(
    `select rowid as copy_position, * from "${table}" where rowid > ? order by rowid limit ?`,
  );
  for (let after = Number.MIN_SAFE_INTEGER; ;) {
    const rows = read.all(after, ROWS_PER_READ);
    const last = rows.at(-1);
    if (!last) return;
    after = Number(last.copy_position);
    await insertRows(
      trx,
      table,
      rows.map(({ copy_position: _position, ...row }) => row),
    );
    if (rows.length < ROWS_PER_READ) return;
  }
}

/** Identity columns continue after the copied keys, so the next row the hub adds does not clash. */
async function continueIdentities(trx: Transaction<Database>): Promise<void> {
  const identities = await sql<{ table_name: string; column_name: string }>`
    select table_name, column_name from information_schema.columns
    where table_schema = current_schema() and is_identity = 'YES'`.execute(trx);
  for (const { table_name: table, column_name: column } of identities.rows) {
    await sql`select setval(pg_get_serial_sequence(${table}, ${column}),
      coalesce((select max(${sql.ref(column)}) from ${sql.table(table)}), 0) + 1, false)`.execute(
      trx,
    );
  }
}

async function countRows(
  db: Kysely<Database> | Transaction<Database>,
  table: string,
): Promise<number> {
  const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(
    db,
  );
  return Number(result.rows[0]?.n ?? 0);
}

/** Refuses, before anything is written to it, a file that is not a Handraise hub's database. */
function checkHubDatabase(file: string): void {
  if (statSync(file).size === 0) throw new ConfigError(`${file} is empty, not a hub's database`);
  let probe: DatabaseSync | undefined;
  try {
    probe = new DatabaseSync(file, { readOnly: true });
    const tables = new Set(
      probe
        .prepare("select name from sqlite_master where type = 'table'")
        .all()
        .map((row) => String(row.name)),
    );
    if (!['kysely_migration', 'users', 'devices'].every((name) => tables.has(name)))
      throw new ConfigError(`${file} is not a Handraise hub's database (it has no hub tables)`);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(
      `${file} is not a Handraise hub's database: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    probe?.close();
  }
}

/**
 * Copies the SQLite database `file` into the empty PostgreSQL database at `databaseUrl`; returns
 * each table's row count, equal on both sides. Throws (and copies nothing) when the target holds
 * data already, or when a count differs.
 */
export async function migrateFromSqlite(file: string, databaseUrl: string): Promise<TableCount[]> {
  // Everything that can be told before the file is touched is checked first.
  if (!existsSync(file)) throw new ConfigError(`${file} does not exist`);
  parseDatabaseUrl(databaseUrl);
  checkHubDatabase(file);
  // The school's hub would bring its file to the latest schema at start: the same here (without
  // the hub's own care for its data folder: this file may sit anywhere).
  const upgrading = new Kysely<Database>({ dialect: nodeSqliteDialect(openSqlite(file)) });
  try {
    await migrateToLatest(upgrading);
  } finally {
    await upgrading.destroy();
  }
  const source = new DatabaseSync(file, { readOnly: true });
  const target = await openPostgresDatabase(databaseUrl);
  try {
    const tables = copyOrder(sourceTables(source));
    return await target.db.transaction().execute(async (trx) => {
      for (const table of tables) {
        if ((await countRows(trx, table)) > 0)
          throw new ConfigError(
            `the PostgreSQL database already holds data (table ${table}); a school's data moves only into an empty database`,
          );
      }
      for (const table of tables) await copyTable(source, trx, table);
      await continueIdentities(trx);
      const counts: TableCount[] = [];
      for (const table of tables) {
        const expected = Number(source.prepare(`select count(*) as n from "${table}"`).get()?.n);
        const rows = await countRows(trx, table);
        if (rows !== expected)
          throw new Error(
            `table ${table}: ${expected} rows in SQLite but ${rows} copied; nothing was kept`,
          );
        counts.push({ table, rows });
      }
      // A copy of the main file without its log (taken while the hub ran) holds no rows at all.
      const rowsOf = (table: string) => counts.find((c) => c.table === table)?.rows ?? 0;
      if (rowsOf('users') === 0 && rowsOf('devices') === 0)
        throw new ConfigError(
          `${file} holds no accounts and no computers: nothing was copied. Was it copied while ` +
            'its hub ran (without its -wal file)?',
        );
      return counts;
    });
  } finally {
    source.close();
    await target.close();
  }
}
