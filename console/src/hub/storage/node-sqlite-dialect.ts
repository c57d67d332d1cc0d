import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
import { withoutNul } from './text-values.ts';

/**
 * node:sqlite takes no booleans; store them as 0/1 as SQLite itself does. Text is stored with any
 * NUL character as U+FFFD, as on PostgreSQL (postgres-database.ts), which refuses NUL in text.
 */
function toSqlValue(value: unknown): SQLInputValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return withoutNul(value);
  return value as SQLInputValue;
}

function adaptStatement(statement: StatementSync): SqliteStatement {
  const bind = (parameters: ReadonlyArray<unknown>): SQLInputValue[] => parameters.map(toSqlValue);
  return {
    // A statement that returns columns is a reader (SELECT, or any statement with RETURNING).
    reader: statement.columns().length > 0,
    all: (parameters) => statement.all(...bind(parameters)),
    run: (parameters) => statement.run(...bind(parameters)),
    iterate: (parameters) => statement.iterate(...bind(parameters)),
  };
}

/**
 * How SQLite syncs commits. `FULL`, the hub's setting, syncs the log at every commit; `NORMAL`
 * only at checkpoints (durable across a crashed process, not a power cut). The benchmark opens
 * both to measure what durability costs.
 */
export type SyncMode = 'FULL' | 'NORMAL';

/** Opens a SQLite file (or `:memory:`) with the pragmas the hub relies on. */
export function openSqlite(file: string, sync: SyncMode = 'FULL'): DatabaseSync {
  const db = new DatabaseSync(file);
  // WAL lets readers run beside the single writer. FULL syncs the log at every commit, so an
  // acknowledged help request survives a power cut, not only a crashed process: agents stop
  // sending once the hub has answered.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(`PRAGMA synchronous = ${sync}`);
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  // Deleted rows are overwritten with zeros, not left in free pages: a help text or picture the
  // school deleted (privacy requests, retention) cannot be read back from the file.
  db.exec('PRAGMA secure_delete = ON');
  return db;
}

/**
 * Kysely's ROLLBACK after a failed statement. On a full disk or an I/O error SQLite has already
 * rolled the transaction back, and a second ROLLBACK would fail ("no transaction is active") with
 * an error that replaces the one saying what happened; with no transaction open it does nothing.
 */
function rollbackStatement(db: DatabaseSync): SqliteStatement {
  const rollback = adaptStatement(db.prepare('ROLLBACK'));
  return {
    ...rollback,
    run: (parameters) =>
      db.isTransaction ? rollback.run(parameters) : { changes: 0, lastInsertRowid: 0 },
  };
}

/**
 * Prepared statements kept for reuse, by their SQL. Kysely prepares every query it runs; the hub
 * runs the same few hundred shapes again and again (a report's inserts, a device's row), and
 * preparing them anew was a tenth of ingest time.
 */
const STATEMENTS_KEPT = 256;

/** A Kysely dialect over Node's built-in SQLite: no native module to rebuild for Electron. */
export function nodeSqliteDialect(db: DatabaseSync): SqliteDialect {
  // A Map iterates in insertion order: the first key is the least recently used.
  const kept = new Map<string, SqliteStatement>();
  const prepared = (sql: string): SqliteStatement => {
    let statement = kept.get(sql);
    if (statement) kept.delete(sql);
    else statement = adaptStatement(db.prepare(sql));
    kept.set(sql, statement);
    if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value!);
    return statement;
  };
  const adapted: SqliteDatabase = {
    close: () => {
      kept.clear();
      db.close();
    },
    // Reuse is safe because every statement runs to its end before the next one starts
    // (`all` and `run` are synchronous; the hub streams no query).
    prepare: (sql) => (/^\s*rollback\s*;?\s*$/i.test(sql) ? rollbackStatement(db) : prepared(sql)),
  };
  return new SqliteDialect({ database: adapted });
}
